package org.switchboard.listener.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.listener.Post;

/**
 * A Mastodon server's public hashtag timeline (kind {@code mastodon_tag},
 * {@code GET /api/v1/timelines/tag/:hashtag?since_id=…&limit=…}) or its status search (kind
 * {@code mastodon_search}, {@code GET /api/v2/search?q=…&type=statuses&min_id=…&limit=…}),
 * read with {@link java.net.http.HttpClient} and Jackson. The token, when given, is sent as
 * {@code Authorization: Bearer}; many servers answer searches only with one. Boosts carry the
 * boosted status's id as {@code repostOf} and its text; engagement is favourites + boosts +
 * replies; the rate limit headers are honoured (no call while none is left before the reset).
 */
public final class MastodonSource implements Source {
    /** What is read. */
    public enum Mode {
        /** A public hashtag timeline. */
        TAG,
        /** A full-text status search. */
        SEARCH
    }

    /** The most a Mastodon server returns in one call. */
    public static final int MAX_PAGE = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final Duration interval;
    private final Mode mode;
    private final URI baseUrl;
    private final String term;
    private final int pageSize;
    private final ReadBudget budget;
    private final String token;
    private final WebClient web;
    private final Clock clock;

    /**
     * @param baseUrl  the server, e.g. {@code https://mastodon.social}
     * @param term     the hashtag (without {@code #}) or the search query
     * @param budget   optional limit on posts read, {@code null} for none
     * @param token    an access token, {@code null} for none
     * @param timeout  the limit for connecting and for the whole answer
     */
    public MastodonSource(String name, Duration interval, Mode mode, URI baseUrl, String term, int pageSize,
                          ReadBudget budget, String token, Duration timeout, Clock clock) {
        this(name, interval, mode, baseUrl, term, pageSize, budget, token, new WebClient(timeout, clock), clock);
    }

    MastodonSource(String name, Duration interval, Mode mode, URI baseUrl, String term, int pageSize,
                   ReadBudget budget, String token, WebClient web, Clock clock) {
        this.name = Objects.requireNonNull(name, "name");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.term = Objects.requireNonNull(term, "term");
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be at least 1: " + pageSize);
        }
        this.pageSize = Math.min(pageSize, MAX_PAGE);
        this.budget = budget;
        this.token = token == null || token.isBlank() ? null : token.strip();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.web = Objects.requireNonNull(web, "web");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String kind() {
        return mode == Mode.TAG ? "mastodon_tag" : "mastodon_search";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public Optional<ReadBudget> budget() {
        return Optional.ofNullable(budget);
    }

    @Override
    public Poll poll(SourceState state) throws SourceException {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        SourceState current = state.on(today);
        long left = budget == null ? pageSize : budget.remaining(current, today);
        if (left <= 0) {
            return new Poll(List.of(), current);
        }
        ApiCursor cursor = ApiCursor.parse(state.cursor());
        URI uri = uri(cursor.sinceId(), (int) Math.min(pageSize, left));
        Optional<RateLimit> limit = cursor.rateLimit();
        if (limit.isPresent()) {
            limit.get().check(name, "GET " + uri, now);
        }
        WebClient.Response answer = web.get(name, uri, token == null ? Map.of() : Map.of("Authorization", "Bearer " + token));
        JsonNode statuses = statuses(uri, answer);
        List<Post> fresh = new ArrayList<>();
        String newest = cursor.sinceId();
        for (JsonNode s : statuses) {
            String id = s.path("id").asText("");
            if (id.isEmpty() || (cursor.sinceId() != null && compareIds(id, cursor.sinceId()) <= 0)) {
                continue;
            }
            fresh.add(post(s, now));
            if (newest == null || compareIds(id, newest) > 0) {
                newest = id;
            }
        }
        fresh.sort(Comparator.comparing(Post::id, MastodonSource::compareIds));
        String next = cursor.with(newest, web.rateLimit(answer)).json();
        return new Poll(fresh, current.after(next, today, statuses.size()));
    }

    private URI uri(String since, int limit) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        StringBuilder u = new StringBuilder(base);
        if (mode == Mode.TAG) {
            u.append("/api/v1/timelines/tag/").append(encode(term)).append("?limit=").append(limit);
            if (since != null) {
                u.append("&since_id=").append(encode(since));
            }
        } else {
            u.append("/api/v2/search?q=").append(encode(term)).append("&type=statuses&resolve=false&limit=").append(limit);
            if (since != null) {
                u.append("&min_id=").append(encode(since));
            }
        }
        return URI.create(u.toString());
    }

    private JsonNode statuses(URI uri, WebClient.Response answer) throws SourceException {
        String where = WebClient.where(name, uri);
        JsonNode root;
        try {
            root = JSON.readTree(answer.body());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new SourceException(SourceException.Kind.MALFORMED, where + ": malformed JSON"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SourceException(SourceException.Kind.MALFORMED, where + ": unreadable JSON: " + e.getMessage(), e);
        }
        JsonNode list = mode == Mode.TAG ? root : root == null ? null : root.get("statuses");
        if (list == null || !list.isArray()) {
            throw new SourceException(SourceException.Kind.MALFORMED, where + ": expected "
                    + (mode == Mode.TAG ? "a JSON array of statuses" : "a JSON object with a 'statuses' array")
                    + ", got " + (root == null ? "nothing" : root.getNodeType().toString().toLowerCase()), null);
        }
        return list;
    }

    private Post post(JsonNode s, Instant now) {
        JsonNode reblog = s.path("reblog");
        JsonNode shown = reblog.isObject() ? reblog : s;
        JsonNode account = s.path("account");
        String text = HtmlText.of(shown.path("content").asText(""));
        String spoiler = HtmlText.of(shown.path("spoiler_text").asText(""));
        if (!spoiler.isEmpty()) {
            text = spoiler + "\n" + text;
        }
        if (reblog.isObject()) {
            text = "RT @" + reblog.path("account").path("acct").asText("") + ": " + text;
        }
        long engagement = s.path("favourites_count").asLong(0) + s.path("reblogs_count").asLong(0)
                + s.path("replies_count").asLong(0);
        String url = s.path("url").asText("");
        if (url.isEmpty() || "null".equals(url)) {
            url = s.path("uri").asText("");
        }
        return new Post(s.path("id").asText(), name, text, account.path("acct").asText(""),
                account.path("followers_count").asLong(0), engagement, url, created(s, now),
                reblog.isObject() ? reblog.path("id").asText(null) : null);
    }

    private static Instant created(JsonNode s, Instant now) {
        String at = s.path("created_at").asText("");
        try {
            return at.isEmpty() ? now : OffsetDateTime.parse(at).toInstant();
        } catch (DateTimeParseException e) {
            return now;
        }
    }

    /** Mastodon ids are decimal strings that grow with time: longer is newer, then by digits. */
    static int compareIds(String a, String b) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
