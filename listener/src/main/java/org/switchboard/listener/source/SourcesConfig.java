package org.switchboard.listener.source;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The sources configured in {@code config/listener/sources.yaml}: a {@code timeout} for every
 * HTTP call (default 10 s) and a list of {@code sources}, each with {@code name}, {@code kind},
 * {@code interval} and the keys of its kind (docs/listener-sources.md lists them).
 *
 * <pre>{@code
 * SourcesConfig config = SourcesConfig.load(Path.of("config/listener/sources.yaml"), System.getenv());
 * SourceSchedule schedule = new SourceSchedule(config.sources(), Clock.systemUTC());
 * }</pre>
 *
 * The whole file is checked on load, disabled sources too; every mistake is an
 * {@link IllegalArgumentException} whose message names the file, the source and the key. A
 * missing file means no sources. Credentials come from the environment only: X/Twitter's four
 * {@code SWITCHBOARD_TWITTER_*} variables (required when a Twitter source is enabled) and
 * {@code SWITCHBOARD_MASTODON_TOKEN} (optional).
 *
 * @param timeout  the default limit for each HTTP call (a source's own {@code timeout} overrides it)
 * @param sources  the enabled sources, in the file's order
 * @param disabled the names of the sources with {@code enabled: false}
 */
public record SourcesConfig(Duration timeout, List<Source> sources, List<String> disabled) {
    /** The limit for each HTTP call when the file sets none. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** The optional Mastodon access token's variable. */
    public static final String MASTODON_TOKEN = "SWITCHBOARD_MASTODON_TOKEN";

    public SourcesConfig {
        sources = List.copyOf(sources);
        disabled = List.copyOf(disabled);
    }

    /** Reads and checks {@code file}; sources read the time from the system clock (UTC). */
    public static SourcesConfig load(Path file, Map<String, String> env) {
        return load(file, env, Clock.systemUTC());
    }

    /** Reads and checks {@code file}; sources read the time (budget days, rate limits) from {@code clock}. */
    public static SourcesConfig load(Path file, Map<String, String> env, Clock clock) {
        return SourcesFile.read(file, env, clock);
    }
}
