package org.switchboard.listener.source;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.switchboard.listener.Post;

/**
 * A watched web page (a forum thread, a review page), kind {@code page}, read with jsoup: each
 * element the item selector matches is one post. Items already reported (their keys kept in the
 * cursor, the newest {@value SeenCursor#LIMIT}) are not reported again; a conditional GET
 * answered 304 reports nothing. A page on which the item selector matches nothing is an error
 * (MALFORMED: the page has likely changed its layout, and the source should show as unhealthy)
 * unless {@code allowEmpty} is set.
 */
public final class PageSource implements Source {
    private final String name;
    private final Duration interval;
    private final URI url;
    private final PageSelectors selectors;
    private final boolean allowEmpty;
    private final WebClient web;
    private final Clock clock;

    /**
     * @param allowEmpty whether a page without items is simply nothing new
     * @param timeout    the limit for connecting and for the whole answer
     */
    public PageSource(String name, Duration interval, URI url, PageSelectors selectors, boolean allowEmpty,
                      Duration timeout, Clock clock) {
        this(name, interval, url, selectors, allowEmpty, new WebClient(timeout, clock), clock);
    }

    PageSource(String name, Duration interval, URI url, PageSelectors selectors, boolean allowEmpty,
               WebClient web, Clock clock) {
        this.name = Objects.requireNonNull(name, "name");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.url = Objects.requireNonNull(url, "url");
        this.selectors = Objects.requireNonNull(selectors, "selectors");
        this.allowEmpty = allowEmpty;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.web = Objects.requireNonNull(web, "web");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String kind() {
        return "page";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    /** The page's address. */
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
        String where = WebClient.where(name, url);
        String type = answer.header("Content-Type").orElse("text/html").toLowerCase(Locale.ROOT);
        if (!type.contains("html") && !type.contains("xml")) {
            throw new SourceException(SourceException.Kind.MALFORMED,
                    where + ": not an HTML page (Content-Type " + type + ")", null);
        }
        Document page = Jsoup.parse(answer.text(), answer.uri().toString());
        Elements items = page.select(selectors.item());
        if (items.isEmpty() && !allowEmpty) {
            throw new SourceException(SourceException.Kind.MALFORMED, where + ": selector '" + selectors.item()
                    + "' matched nothing on the page (title '" + page.title() + "'); has its layout changed?", null);
        }
        List<Post> fresh = new ArrayList<>();
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        for (Element item : items) {
            Post post = post(item, now);
            if (!post.text().isEmpty() && keys.add(post.id()) && !cursor.saw(post.id())) {
                fresh.add(post);
            }
        }
        SeenCursor next = cursor.next(answer.header("ETag").orElse(null),
                answer.header("Last-Modified").orElse(null), keys);
        return new Poll(fresh, state.after(next.json(), today, fresh.size()));
    }

    private Post post(Element item, Instant now) {
        String text = selectors.text() == null ? item.text() : item.select(selectors.text()).text();
        String author = selectors.author() == null ? "" : item.select(selectors.author()).text();
        String link = "";
        if (selectors.link() != null) {
            Element a = item.selectFirst(selectors.link());
            if (a != null) {
                link = a.hasAttr("href") ? a.absUrl("href") : "";
            }
        }
        String key = !link.isEmpty() ? link
                : !item.id().isEmpty() ? url + "#" + item.id()
                : url + "#sha256:" + digest(text.strip());
        return new Post(key, name, text.strip(), author.strip(), 0, 0, link.isEmpty() ? key : link, date(item, now), null);
    }

    private Instant date(Element item, Instant now) {
        if (selectors.date() == null) {
            return now;
        }
        Element d = item.selectFirst(selectors.date());
        if (d == null) {
            return now;
        }
        for (String value : List.of(d.attr("datetime"), d.attr("title"), d.text())) {
            if (value.isBlank()) {
                continue;
            }
            try {
                return OffsetDateTime.parse(value.strip()).toInstant();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notDate) {
                    // try the next place
                }
            }
        }
        return now;
    }

    private static String digest(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
