package org.switchboard.listener.source;

import java.util.List;
import org.switchboard.listener.Post;

/**
 * What one poll of a source found, and the state to store with it.
 *
 * @param posts posts found, oldest first
 * @param next  the source's state after this poll
 */
public record Poll(List<Post> posts, SourceState next) {
    public Poll {
        posts = List.copyOf(posts);
    }
}
