package org.switchboard.server.listener;

import java.util.List;

/**
 * What storing one poll did.
 *
 * @param created    ids of new mentions
 * @param folded     posts folded into an existing mention (a repost, a near-identical text, the
 *                   same post found by another source)
 * @param alreadySeen posts this source had reported before (nothing changed)
 */
public record StoredPoll(List<Long> created, int folded, int alreadySeen) {
    public StoredPoll {
        created = List.copyOf(created);
    }
}
