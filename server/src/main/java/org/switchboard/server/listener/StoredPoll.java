package org.switchboard.server.listener;

import java.util.List;

/**
 * What storing one poll did.
 *
 * @param created    ids of new mentions
 * @param folded     posts folded into an existing mention (a repost, a near-identical text, the
 *                   same post found by another source)
 * @param alreadySeen posts this source had reported before (nothing changed)
 * @param foldedInto the mentions whose post count grew (a repost, a near-identical text), once each
 */
public record StoredPoll(List<Long> created, int folded, int alreadySeen, List<Long> foldedInto) {
    public StoredPoll {
        created = List.copyOf(created);
        foldedInto = List.copyOf(foldedInto);
    }

    public StoredPoll(List<Long> created, int folded, int alreadySeen) {
        this(created, folded, alreadySeen, List.of());
    }
}
