package org.switchboard.server.listener;

import java.util.Locale;
import org.switchboard.listener.Post;

/**
 * A post's identity across sources: the network it lives on and its id there. A tweet found by
 * a search and by the mentions timeline has one key; so does a feed entry and the same link on a
 * watched page.
 */
final class PostKey {
    private PostKey() {
    }

    /** The network of a source kind: {@code twitter_search} → {@code twitter}; feeds and pages → {@code web}. */
    static String network(String kind) {
        String k = kind.toLowerCase(Locale.ROOT);
        if (k.startsWith("twitter")) {
            return "twitter";
        }
        if (k.startsWith("mastodon")) {
            return "mastodon";
        }
        if (k.equals("feed") || k.equals("page")) {
            return "web";
        }
        return k;
    }

    /** The key of the post itself. */
    static String of(String kind, Post post) {
        return network(kind) + ":" + post.id();
    }

    /** The key of the post a repost repeats, or the post's own key. */
    static String original(String kind, Post post) {
        return post.repostOf() == null ? of(kind, post) : network(kind) + ":" + post.repostOf();
    }
}
