package org.switchboard.listener.watch;

import java.util.List;
import java.util.stream.Collectors;

/** Test helper: matches written as {@code Term[text]}, so assertions read like the post. */
final class Found {
    private Found() {
    }

    /** Each match as the term's name and the text of its span, e.g. {@code Acme[@acme]}. */
    static List<String> in(WatchlistMatcher matcher, String text) {
        return matcher.match(text).stream()
                .map(match -> match.term() + "[" + text.substring(match.start(), match.end()) + "]")
                .collect(Collectors.toList());
    }

    /** A matcher for a watchlist given as YAML (checked as a file would be). */
    static WatchlistMatcher matcher(String yaml) {
        return WatchlistMatcher.of(Watchlist.parse(yaml, "test.yaml"));
    }
}
