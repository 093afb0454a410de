package org.switchboard.listener.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

/**
 * The cursor of the Twitter and Mastodon sources, stored as JSON: the newest post id seen
 * (the next {@code since_id}) and the rate limit the last answer announced.
 *
 * @param sinceId       newest id seen, {@code null} before the first post
 * @param rateRemaining calls left in the window, {@code null} when unknown
 * @param rateReset     when the window resets (epoch seconds), {@code null} when unknown
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiCursor(@JsonProperty("since_id") String sinceId,
                 @JsonProperty("rate_remaining") Integer rateRemaining,
                 @JsonProperty("rate_reset") Long rateReset) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static final ApiCursor EMPTY = new ApiCursor(null, null, null);

    /** Reads a stored cursor; an unreadable or missing one starts afresh. */
    static ApiCursor parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return EMPTY;
        }
        try {
            return JSON.readValue(cursor, ApiCursor.class);
        } catch (IOException e) {
            return EMPTY;
        }
    }

    Optional<RateLimit> rateLimit() {
        return rateRemaining == null || rateReset == null ? Optional.empty()
                : Optional.of(new RateLimit(rateRemaining, Instant.ofEpochSecond(rateReset)));
    }

    ApiCursor with(String newSinceId, Optional<RateLimit> limit) {
        return new ApiCursor(newSinceId, limit.map(RateLimit::remaining).orElse(null),
                limit.map(l -> l.reset().getEpochSecond()).orElse(null));
    }

    String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
