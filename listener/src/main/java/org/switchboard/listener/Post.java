package org.switchboard.listener;

import java.time.Instant;
import java.util.Objects;

/**
 * One public post as a source found it.
 *
 * @param id         the network's own id of the post (a tweet id, a status id, a feed entry's
 *                   guid or link, a page item's permalink), unique within its source kind
 * @param source     the configured source that found it (its name in {@code sources.yaml})
 * @param text       the post's plain text (HTML already turned into text)
 * @param author     the author's handle or name, as the network shows it; may be empty
 * @param followers  the author's followers (reach), 0 when unknown
 * @param engagement likes + reposts + replies when known, else 0
 * @param url        a link to the post; may be empty
 * @param createdAt  when it was posted (when unknown: when it was found)
 * @param repostOf   for a retweet or boost: the original post's id, else {@code null}
 */
public record Post(String id, String source, String text, String author, long followers, long engagement,
                   String url, Instant createdAt, String repostOf) {
    public Post {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
        author = author == null ? "" : author;
        url = url == null ? "" : url;
        followers = Math.max(0, followers);
        engagement = Math.max(0, engagement);
    }

    /** A post with no reach, engagement or repost information (tests, the classify command). */
    public static Post of(String id, String source, String text, Instant createdAt) {
        return new Post(id, source, text, "", 0, 0, "", createdAt, null);
    }
}
