package org.switchboard.listener.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.switchboard.listener.Post;

/**
 * An RSS or Atom feed (Google Alerts, Talkwalker Alerts, blogs, news), kind {@code feed}, read
 * with ROME. A conditional GET ({@code If-None-Match}, {@code If-Modified-Since}) answered 304
 * reports nothing; entries already reported (their ids kept in the cursor, the newest
 * {@value SeenCursor#LIMIT}) are not reported again. Titles and contents are turned from HTML
 * into text; Google's redirect links are unwrapped.
 */
public final class FeedSource implements Source {
    private final String name;
    private final Duration interval;
    private final URI url;
    private final WebClient web;
    private final Clock clock;

    /**
     * @param timeout the limit for connecting and for the whole answer
     */
    public FeedSource(String name, Duration interval, URI url, Duration timeout, Clock clock) {
        this(name, interval, url, new WebClient(timeout, clock), clock);
    }

    FeedSource(String name, Duration interval, URI url, WebClient web, Clock clock) {
        this.name = Objects.requireNonNull(name, "name");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.url = Objects.requireNonNull(url, "url");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.web = Objects.requireNonNull(web, "web");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String kind() {
        return "feed";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    /** The feed's address. */
    public URI url() {
        return url;
    }

    @Override
    public Poll poll(SourceState state) throws SourceException {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        SeenCursor cursor = SeenCursor.parse(state.cursor());
        WebClient.Response answer = web.get(name, url, cursor.conditionalHeaders());
        if (answer.notModified()) {
            return new Poll(List.of(), state.on(today));
        }
        SyndFeed feed = parse(answer);
        List<Post> fresh = new ArrayList<>();
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        for (SyndEntry entry : feed.getEntries()) {
            Post post = post(entry, now);
            if (keys.add(post.id()) && !cursor.saw(post.id())) {
                fresh.add(post);
            }
        }
        fresh.sort(Comparator.comparing(Post::createdAt));
        SeenCursor next = cursor.next(answer.header("ETag").orElse(null),
                answer.header("Last-Modified").orElse(null), keys);
        return new Poll(fresh, state.after(next.json(), today, fresh.size()));
    }

    private SyndFeed parse(WebClient.Response answer) throws SourceException {
        String where = WebClient.where(name, url);
        String start = new String(answer.body(), 0, Math.min(answer.body().length, 200), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("{") || start.startsWith("[")) {
            throw new SourceException(SourceException.Kind.MALFORMED, where + ": not an RSS or Atom feed but "
                    + (start.startsWith("<") ? "an HTML page" : "JSON") + " ("
                    + answer.header("Content-Type").orElse("no Content-Type") + ")", null);
        }
        try {
            return new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(answer.body())));
        } catch (ParsingFeedException e) {
            throw new SourceException(SourceException.Kind.MALFORMED, where + ": malformed XML at line "
                    + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + cause(e), e);
        } catch (FeedException | IllegalArgumentException e) {
            throw new SourceException(SourceException.Kind.MALFORMED, where + ": not an RSS or Atom feed ("
                    + answer.header("Content-Type").orElse("no Content-Type") + "): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SourceException(SourceException.Kind.MALFORMED, where + ": unreadable XML: " + e.getMessage(), e);
        }
    }

    private Post post(SyndEntry e, Instant now) {
        String title = HtmlText.of(e.getTitle());
        StringBuilder body = new StringBuilder();
        if (e.getContents() != null) {
            for (SyndContent c : e.getContents()) {
                append(body, HtmlText.of(c.getValue()));
            }
        }
        if (body.length() == 0 && e.getDescription() != null) {
            append(body, HtmlText.of(e.getDescription().getValue()));
        }
        String text = body.length() == 0 ? title : title.isEmpty() ? body.toString() : title + "\n" + body;
        String link = AlertLinks.unwrap(e.getLink());
        String id = e.getUri() != null && !e.getUri().isBlank() ? e.getUri().strip()
                : !link.isEmpty() ? link : Integer.toHexString((title + "\n" + text).hashCode());
        Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        String author = e.getAuthor() == null ? "" : HtmlText.of(e.getAuthor());
        return new Post(id, name, text, author, 0, 0, link, date == null ? now : date.toInstant(), null);
    }

    private static void append(StringBuilder b, String text) {
        if (!text.isEmpty()) {
            b.append(b.length() == 0 ? "" : "\n").append(text);
        }
    }

    private static String cause(ParsingFeedException e) {
        Throwable c = e.getCause();
        return c != null && c.getMessage() != null ? c.getMessage() : e.getMessage();
    }
}
