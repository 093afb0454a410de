package org.switchboard.server.listener;

import java.time.Instant;
import java.util.List;
import org.switchboard.listener.Mention;

/**
 * A mention as stored: the understood first post, its id, how many distinct posts it stands for
 * and which sources saw it.
 */
public record StoredMention(long id, Mention mention, Instant foundAt, int posts, List<String> sources, String status) {
    public StoredMention {
        sources = List.copyOf(sources);
    }
}
