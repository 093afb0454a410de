package org.switchboard.listener.source;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchboard.listener.Post;
import twitter4j.Twitter;
import twitter4j.TwitterException;
import twitter4j.v1.RateLimitStatus;
import twitter4j.v1.Status;
import twitter4j.v1.User;

/**
 * What the two X/Twitter sources share: one page a poll, newest first from the network and
 * returned oldest first, {@code since_id} from the cursor, the read budget (the count asked for
 * is the page size or what is left of the budget, whichever is smaller; nothing is asked once
 * the budget is spent), and the rate limit the last answer announced (no call while it is used
 * up). More new posts than a page between two polls: only the newest page is read.
 */
public abstract sealed class TwitterSource implements Source permits TwitterSearchSource, TwitterMentionsSource {
    private static final Pattern CHARACTER_OF = Pattern.compile("at character \\d+ of ");
    private static final Pattern STATUS_IN_MESSAGE = Pattern.compile("HTTP response code: (\\d{3})");

    /** The v1.1 REST API. */
    public static final String DEFAULT_BASE_URL = "https://api.twitter.com/1.1/";

    private final String name;
    private final Duration interval;
    private final ReadBudget budget;
    private final int pageSize;
    private final Twitter twitter;
    private final String baseUrl;
    private final Clock clock;

    TwitterSource(String name, Duration interval, ReadBudget budget, int pageSize, Twitter twitter,
                  String baseUrl, Clock clock) {
        this.name = Objects.requireNonNull(name, "name");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.pageSize = pageSize;
        this.twitter = Objects.requireNonNull(twitter, "twitter");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be at least 1: " + pageSize);
        }
    }

    /**
     * A Twitter4J client for the v1.1 API at {@code baseUrl} (ending in "/"), with the timeout
     * for connecting and for reading, no retries and full tweet texts.
     */
    public static Twitter connect(TwitterCredentials credentials, String baseUrl, Duration timeout) {
        Properties p = new Properties();
        p.setProperty("restBaseURL", baseUrl);
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        return Twitter.newBuilder().load(p)
                .oAuthConsumer(credentials.consumerKey(), credentials.consumerSecret())
                .oAuthAccessToken(credentials.accessToken(), credentials.accessTokenSecret())
                .httpConnectionTimeout(millis).httpReadTimeout(millis).httpRetryCount(0)
                .tweetModeExtended(true).build();
    }

    /** One answer of the network: the statuses and the rate limit it announced (may be null). */
    record Page(List<Status> statuses, RateLimitStatus rateLimit) {
    }

    /** Asks for at most {@code count} statuses newer than {@code sinceId} (0: no limit). */
    abstract Page fetch(Twitter twitter, long sinceId, int count) throws TwitterException;

    /** The endpoint asked, for messages ("search/tweets.json?q=acme"). */
    abstract String endpoint();

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Duration interval() {
        return interval;
    }

    @Override
    public final Optional<ReadBudget> budget() {
        return Optional.of(budget);
    }

    /** The most posts asked for in one call. */
    public final int pageSize() {
        return pageSize;
    }

    @Override
    public final Poll poll(SourceState state) throws SourceException {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        SourceState current = state.on(today);
        long left = budget.remaining(current, today);
        if (left <= 0) {
            return new Poll(List.of(), current);
        }
        ApiCursor cursor = ApiCursor.parse(state.cursor());
        Optional<RateLimit> limit = cursor.rateLimit();
        if (limit.isPresent()) {
            limit.get().check(name, "GET " + baseUrl + endpoint(), now);
        }
        long sinceId = cursor.sinceId() == null ? 0 : parseId(cursor.sinceId());
        int count = (int) Math.min(pageSize, left);
        Page page;
        try {
            page = fetch(twitter, sinceId, count);
        } catch (TwitterException e) {
            throw failure(e, now);
        } catch (RuntimeException e) {
            throw new SourceException(SourceException.Kind.MALFORMED, where() + ": unreadable answer: " + e, e);
        }
        List<Status> statuses = page.statuses() == null ? List.of() : page.statuses();
        List<Status> fresh = statuses.stream().filter(s -> s.getId() > sinceId)
                .sorted(Comparator.comparingLong(Status::getId)).toList();
        long newest = fresh.isEmpty() ? sinceId : fresh.get(fresh.size() - 1).getId();
        List<Post> posts = fresh.stream().map(s -> post(s, now)).toList();
        Optional<RateLimit> announced = Optional.ofNullable(page.rateLimit())
                .map(r -> new RateLimit(r.getRemaining(), Instant.ofEpochSecond(r.getResetTimeInSeconds())));
        String next = cursor.with(newest == 0 ? null : Long.toString(newest), announced).json();
        return new Poll(posts, current.after(next, today, statuses.size()));
    }

    private Post post(Status s, Instant now) {
        User user = s.getUser();
        String handle = user == null || user.getScreenName() == null ? "" : user.getScreenName();
        Status original = s.isRetweet() ? s.getRetweetedStatus() : null;
        String text = s.getText() == null ? "" : s.getText();
        if (original != null && original.getText() != null) {
            User by = original.getUser();
            text = "RT @" + (by == null ? "" : by.getScreenName()) + ": " + original.getText();
        }
        Instant created = s.getCreatedAt() == null ? now : s.getCreatedAt().toInstant(ZoneOffset.UTC);
        String url = handle.isEmpty() ? "https://x.com/i/web/status/" + s.getId()
                : "https://x.com/" + handle + "/status/" + s.getId();
        return new Post(Long.toString(s.getId()), name, text, handle,
                user == null ? 0 : user.getFollowersCount(),
                (long) s.getFavoriteCount() + s.getRetweetCount(), url, created,
                original == null ? null : Long.toString(original.getId()));
    }

    private SourceException failure(TwitterException e, Instant now) {
        String where = where();
        int status = e.getStatusCode();
        if (status <= 0 && e.getCause() != null && e.getCause().getMessage() != null) {
            // an error answer without a body reaches Twitter4J as HttpURLConnection's IOException
            Matcher m = STATUS_IN_MESSAGE.matcher(e.getCause().getMessage());
            if (m.find()) {
                status = Integer.parseInt(m.group(1));
            }
        }
        if (status == 429 || e.exceededRateLimitation()) {
            Duration retry = retryAfter(e, now);
            return new SourceException(SourceException.Kind.RATE_LIMITED, where + ": HTTP 429 rate limited"
                    + (retry == null ? "" : ", retry after " + WebClient.seconds(retry)), retry, e);
        }
        if (status <= 0 && e.getCause() instanceof java.io.IOException) {
            Throwable cause = e.getCause();
            if (cause instanceof SocketTimeoutException || cause instanceof java.net.http.HttpTimeoutException) {
                return new SourceException(SourceException.Kind.TIMEOUT, where + ": no answer in time ("
                        + cause.getMessage() + ")", e);
            }
            if (cause instanceof ConnectException) {
                return new SourceException(SourceException.Kind.REFUSED, where + ": connection refused", e);
            }
            return new SourceException(SourceException.Kind.NETWORK, where + ": " + cause, e);
        }
        if (status >= 500) {
            return new SourceException(SourceException.Kind.SERVER_ERROR, where + ": HTTP " + status, e);
        }
        if (status >= 400) {
            String why = e.isErrorMessageAvailable() ? " (" + e.getErrorCode() + ": " + e.getErrorMessage() + ")" : "";
            return new SourceException(SourceException.Kind.REFUSED, where + ": HTTP " + status + why, e);
        }
        return new SourceException(SourceException.Kind.MALFORMED, where + ": malformed JSON: "
                + brief(e.getMessage()), e);
    }

    private static Duration retryAfter(TwitterException e, Instant now) {
        RateLimitStatus r = e.getRateLimitStatus();
        if (r != null && r.getResetTimeInSeconds() > 0) {
            Duration d = Duration.between(now, Instant.ofEpochSecond(r.getResetTimeInSeconds()));
            return d.isNegative() ? Duration.ZERO : d;
        }
        return e.getRetryAfter() > 0 ? Duration.ofSeconds(e.getRetryAfter()) : null;
    }

    private String where() {
        return "source '" + name + "' (" + kind() + "): GET " + baseUrl + endpoint();
    }

    private long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Twitter4J's parse message without the document it quotes ("… at character 25 of {…"). */
    private static String brief(String message) {
        if (message == null) {
            return "no detail";
        }
        String m = message;
        Matcher at = CHARACTER_OF.matcher(m);
        if (at.find()) {
            m = m.substring(0, at.start() + at.group().length() - " of ".length());
        }
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
