package org.switchboard.listener.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.listener.source.FakeHttp.Reply;

/** Loading config/listener/sources.yaml: the shipped file, every kind, and each mistake's message. */
class SourcesConfigTest {
    private static final Map<String, String> TWITTER_ENV = Map.of(
            "SWITCHBOARD_TWITTER_CONSUMER_KEY", "ck", "SWITCHBOARD_TWITTER_CONSUMER_SECRET", "cs",
            "SWITCHBOARD_TWITTER_ACCESS_TOKEN", "at", "SWITCHBOARD_TWITTER_ACCESS_TOKEN_SECRET", "ats");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T11:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("sources.yaml"), yaml);
    }

    private String error(String yaml, Map<String, String> env) throws IOException {
        Path file = write(yaml);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SourcesConfig.load(file, env, CLOCK));
        String prefix = file + ": ";
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        return e.getMessage().substring(prefix.length());
    }

    private String error(String yaml) throws IOException {
        return error(yaml, TWITTER_ENV);
    }

    @Test
    void theShippedFileEnablesNothing() {
        Path shipped = Path.of("../config/listener/sources.yaml");
        assertTrue(Files.exists(shipped), shipped.toAbsolutePath().toString());
        SourcesConfig config = SourcesConfig.load(shipped, Map.of());
        assertEquals(List.of(), config.sources());
        assertEquals(List.of("acme-on-x", "acme-mentions", "google-alerts-acme", "community-thread", "acme-mastodon-tag",
                "acme-mastodon-search"), config.disabled());
        assertEquals(Duration.ofSeconds(10), config.timeout());
    }

    @Test
    void aMissingOrEmptyFileMeansNoSources() throws IOException {
        assertEquals(List.of(), SourcesConfig.load(dir.resolve("nothing.yaml"), Map.of()).sources());
        assertEquals(List.of(), SourcesConfig.load(write(""), Map.of()).sources());
        assertEquals(SourcesConfig.DEFAULT_TIMEOUT, SourcesConfig.load(write("sources: []\n"), Map.of()).timeout());
    }

    @Test
    void everyKindLoadsWithItsKeysAndPointsWhereTheFileSays() throws Exception {
        try (FakeHttp http = FakeHttp.start()) {
            http.on("/1.1/search/tweets.json", Reply.json("twitter-search-1.json"));
            http.on("/feed.xml", Reply.ok("application/atom+xml", FakeHttp.resource("google-alerts.xml")));
            String base = http.uri("").toString();
            Path file = write("""
                    timeout: 4s
                    sources:
                      - {name: x, kind: twitter_search, interval: 5m, query: acme, base_url: "%1$s/1.1",
                         budget: {per_day: 50, per_month: 900}, page_size: 20}
                      - {name: x-mentions, kind: twitter_mentions, interval: 90s, budget: {per_day: 10, per_month: 10}}
                      - {name: alerts, kind: feed, interval: 1h30m, url: "%1$s/feed.xml", timeout: 2s}
                      - {name: forum, kind: page, interval: 15m, url: "%1$s/t/1", selector: li.post, text: .body,
                         author: .author, link: a.permalink, date: time, allow_empty: true}
                      - {name: tag, kind: mastodon_tag, interval: 5m, base_url: "%1$s", hashtag: "#acme"}
                      - {name: search, kind: mastodon_search, interval: 10m, base_url: "%1$s", query: acme,
                         page_size: 5, budget: {per_day: 100, per_month: 1000}}
                      - {name: paused, kind: feed, interval: 5m, url: "%1$s/off.xml", enabled: false}
                    """.formatted(base));
            Map<String, String> env = new java.util.HashMap<>(TWITTER_ENV);
            env.put("SWITCHBOARD_MASTODON_TOKEN", "tok");
            SourcesConfig config = SourcesConfig.load(file, env, CLOCK);

            assertEquals(Duration.ofSeconds(4), config.timeout());
            assertEquals(List.of("paused"), config.disabled());
            List<Source> sources = config.sources();
            assertEquals(List.of("twitter_search", "twitter_mentions", "feed", "page", "mastodon_tag", "mastodon_search"),
                    sources.stream().map(Source::kind).toList());
            assertEquals(List.of(Duration.ofMinutes(5), Duration.ofSeconds(90), Duration.ofMinutes(90), Duration.ofMinutes(15),
                    Duration.ofMinutes(5), Duration.ofMinutes(10)), sources.stream().map(Source::interval).toList());
            assertEquals(Optional.of(new ReadBudget(50, 900)), sources.get(0).budget());
            assertEquals(20, ((TwitterSearchSource) sources.get(0)).pageSize());
            assertEquals(TwitterMentionsSource.MAX_PAGE, ((TwitterMentionsSource) sources.get(1)).pageSize());
            assertEquals(Optional.empty(), sources.get(4).budget());
            assertEquals(Optional.of(new ReadBudget(100, 1000)), sources.get(5).budget());

            Poll x = sources.get(0).poll(SourceState.initial());
            assertEquals(2, x.posts().size());
            assertEquals("20", http.last().query().get("count"));
            Poll alerts = sources.get(2).poll(SourceState.initial());
            assertEquals(2, alerts.posts().size());
        }
    }

    @Test
    void twitterNeedsItsCredentialsInTheEnvironmentOnlyWhenEnabled() throws IOException {
        String yaml = "sources:\n  - {name: x, kind: twitter_mentions, interval: 5m, budget: {per_day: 1, per_month: 1}}\n";
        assertEquals("source 'x' (sources[0]): X/Twitter credentials missing from the environment: "
                + "SWITCHBOARD_TWITTER_ACCESS_TOKEN, SWITCHBOARD_TWITTER_ACCESS_TOKEN_SECRET (all four of "
                + "SWITCHBOARD_TWITTER_CONSUMER_KEY, SWITCHBOARD_TWITTER_CONSUMER_SECRET, SWITCHBOARD_TWITTER_ACCESS_TOKEN, "
                + "SWITCHBOARD_TWITTER_ACCESS_TOKEN_SECRET are needed)",
                error(yaml, Map.of("SWITCHBOARD_TWITTER_CONSUMER_KEY", "ck", "SWITCHBOARD_TWITTER_CONSUMER_SECRET", "cs",
                        "SWITCHBOARD_TWITTER_ACCESS_TOKEN", " ")));
        SourcesConfig off = SourcesConfig.load(write(yaml.replace("interval", "enabled: false, interval")), Map.of(), CLOCK);
        assertEquals(List.of("x"), off.disabled());
        String shown = new TwitterCredentials("ck", "cs-secret", "at", "ats-secret").toString();
        assertTrue(!shown.contains("cs-secret") && !shown.contains("ats-secret"), shown);
    }

    @Test
    void mistakesNameTheFileTheSourceAndTheKey() throws IOException {
        assertEquals("key 'source': unknown key for top level (known: sources, timeout)", error("source: []\n"));
        assertEquals("key 'timeout': must be a duration like 90s, 5m, 1h or 1h30m, not 'ten'", error("timeout: ten\n"));
        assertEquals("key 'sources': must be a list of sources", error("sources: {a: 1}\n"));
        assertEquals("sources[0], key 'name': missing", error("sources:\n  - {kind: feed}\n"));
        assertEquals("sources[0], key 'name': must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit: 'my feed'",
                error("sources:\n  - {name: my feed, kind: feed}\n"));
        assertEquals("source 'a' (sources[0]), key 'kind': unknown kind 'rss' (known: twitter_search, twitter_mentions, feed, "
                + "page, mastodon_tag, mastodon_search)", error("sources:\n  - {name: a, kind: rss}\n"));
        assertEquals("source 'a' (sources[0]), key 'hashtag': unknown key for kind feed (known: enabled, interval, kind, name, "
                + "timeout, url)", error("sources:\n  - {name: a, kind: feed, interval: 5m, url: 'http://x', hashtag: acme}\n"));
        assertEquals("source 'b' (sources[1]), key 'name': another source has this name", error("""
                sources:
                  - {name: b, kind: feed, interval: 5m, url: 'http://127.0.0.1/a'}
                  - {name: b, kind: feed, interval: 5m, url: 'http://127.0.0.1/b'}
                """));
        assertEquals("source 'a' (sources[0]), key 'interval': missing (how often to poll, e.g. 90s, 5m, 1h)",
                error("sources:\n  - {name: a, kind: feed, url: 'http://x'}\n"));
        assertEquals("source 'a' (sources[0]), key 'interval': must be a duration like 90s, 5m, 1h or 1h30m, not '5 minutes'",
                error("sources:\n  - {name: a, kind: feed, interval: 5 minutes, url: 'http://x'}\n"));
        assertEquals("source 'a' (sources[0]), key 'interval': must be a duration like 90s, 5m, 1h or 1h30m, not '300'",
                error("sources:\n  - {name: a, kind: feed, interval: 300, url: 'http://x'}\n"));
        assertEquals("source 'a' (sources[0]), key 'interval': must be between 10s and 7d: '5s'",
                error("sources:\n  - {name: a, kind: feed, interval: 5s, url: 'http://x'}\n"));
        assertEquals("source 'a' (sources[0]), key 'enabled': must be true or false, not 'no way'",
                error("sources:\n  - {name: a, kind: feed, enabled: no way, interval: 5m, url: 'http://x'}\n"));
        assertEquals("source 'a' (sources[0]), key 'url': must be an absolute http or https URL: 'ftp://example.com/feed'",
                error("sources:\n  - {name: a, kind: feed, interval: 5m, url: 'ftp://example.com/feed'}\n"));
        assertEquals("sources[0], key 'name': must be text, but YAML read false (put it in quotes)",
                error("sources:\n  - {name: off, kind: feed, interval: 5m, url: 'http://x'}\n"));
        assertEquals("source 'a' (sources[0]), key 'url': missing", error("sources:\n  - {name: a, kind: feed, interval: 5m}\n"));
        assertEquals("source 'x' (sources[0]), key 'budget': missing: X bills every post read, so give {per_day: N, per_month: M}",
                error("sources:\n  - {name: x, kind: twitter_search, interval: 5m, query: acme}\n"));
        assertEquals("source 'x' (sources[0]), key 'budget': per_month must be at least per_day (100): 50",
                error("sources:\n  - {name: x, kind: twitter_search, interval: 5m, query: acme, budget: {per_day: 100, per_month: 50}}\n"));
        assertEquals("source 'x' (sources[0]), key 'budget.daily': unknown key (known: per_day, per_month)",
                error("sources:\n  - {name: x, kind: twitter_search, interval: 5m, query: acme, budget: {daily: 100}}\n"));
        assertEquals("source 'x' (sources[0]), key 'budget.per_day': must be a whole number, not 'lots'",
                error("sources:\n  - {name: x, kind: twitter_search, interval: 5m, query: acme, budget: {per_day: lots, per_month: 5}}\n"));
        assertEquals("source 'x' (sources[0]), key 'page_size': must be 1..100: 500", error(
                "sources:\n  - {name: x, kind: twitter_search, interval: 5m, query: acme, page_size: 500, budget: {per_day: 1, per_month: 1}}\n"));
        assertEquals("source 'x' (sources[0]), key 'query': missing",
                error("sources:\n  - {name: x, kind: twitter_search, interval: 5m, budget: {per_day: 1, per_month: 1}}\n"));
        assertEquals("source 'p' (sources[0]): 'link' is not a CSS selector jsoup understands: a[href (Did not find balanced marker at 'href')",
                error("sources:\n  - {name: p, kind: page, interval: 5m, url: 'http://x', selector: li, link: 'a[href'}\n"));
        assertEquals("source 'p' (sources[0]), key 'selector': missing",
                error("sources:\n  - {name: p, kind: page, interval: 5m, url: 'http://x'}\n"));
        assertEquals("source 't' (sources[0]), key 'base_url': missing",
                error("sources:\n  - {name: t, kind: mastodon_tag, interval: 5m, hashtag: acme}\n"));
        assertEquals("source 't' (sources[0]), key 'hashtag': must be letters, digits or '_' (with or without '#'): 'acme support'",
                error("sources:\n  - {name: t, kind: mastodon_tag, interval: 5m, base_url: 'https://m.example', hashtag: acme support}\n"));
        assertEquals("source 't' (sources[0]), key 'timeout': must be between 100ms and 10m: '1h'",
                error("sources:\n  - {name: t, kind: mastodon_tag, interval: 5m, timeout: 1h, base_url: 'https://m.example', hashtag: a}\n"));
    }

    @Test
    void yamlSyntaxErrorsNameTheLine() throws IOException {
        String message = error("sources:\n  - name: a\n    kind: [feed\n");
        assertTrue(message.startsWith("not valid YAML at line "), message);
    }

    @Test
    void durations() {
        assertEquals(Duration.ofSeconds(90), SourcesFile.parseDuration("90s"));
        assertEquals(Duration.ofMinutes(5), SourcesFile.parseDuration("5m"));
        assertEquals(Duration.ofMinutes(90), SourcesFile.parseDuration("1h30m"));
        assertEquals(Duration.ofMillis(250), SourcesFile.parseDuration("250ms"));
        assertEquals(Duration.ofDays(1), SourcesFile.parseDuration("1d"));
        assertEquals(null, SourcesFile.parseDuration("5"));
        assertEquals(null, SourcesFile.parseDuration("m5"));
        assertEquals(null, SourcesFile.parseDuration("5m "));
    }
}
