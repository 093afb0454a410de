package org.switchboard.listener.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cursor of the feed and page sources, stored as JSON: the validators for a conditional GET
 * and the keys of the most recent items already reported, newest last, at most {@link #LIMIT}.
 *
 * @param etag         the last answer's {@code ETag}, sent back as {@code If-None-Match}
 * @param lastModified the last answer's {@code Last-Modified}, sent back as {@code If-Modified-Since}
 * @param seen         keys of items already reported, oldest first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SeenCursor(@JsonProperty("etag") String etag,
                  @JsonProperty("last_modified") String lastModified,
                  @JsonProperty("seen") List<String> seen) {
    /** Items remembered; a feed or page showing more than this many at once may repeat the oldest. */
    static final int LIMIT = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    SeenCursor {
        seen = seen == null ? List.of() : List.copyOf(seen);
    }

    /** Reads a stored cursor; an unreadable or missing one starts afresh. */
    static SeenCursor parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return new SeenCursor(null, null, List.of());
        }
        try {
            return JSON.readValue(cursor, SeenCursor.class);
        } catch (IOException e) {
            return new SeenCursor(null, null, List.of());
        }
    }

    /** Whether the item with this key was reported before. */
    boolean saw(String key) {
        return seen.contains(key);
    }

    /** The conditional GET headers for the next request. */
    Map<String, String> conditionalHeaders() {
        Map<String, String> h = new TreeMap<>();
        if (etag != null) {
            h.put("If-None-Match", etag);
        }
        if (lastModified != null) {
            h.put("If-Modified-Since", lastModified);
        }
        return h;
    }

    /**
     * The cursor after an answer: its validators, and the keys remembered with those in the
     * answer moved last (so items still shown are the last forgotten), trimmed to the newest
     * {@link #LIMIT}.
     */
    SeenCursor next(String newEtag, String newLastModified, Collection<String> inAnswer) {
        LinkedHashSet<String> keys = new LinkedHashSet<>(seen);
        keys.removeAll(inAnswer);
        keys.addAll(inAnswer);
        List<String> all = new ArrayList<>(keys);
        List<String> kept = all.size() > LIMIT ? all.subList(all.size() - LIMIT, all.size()) : all;
        return new SeenCursor(newEtag, newLastModified, kept);
    }

    String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
