package org.switchboard.server.listener;

import java.util.List;
import java.util.Optional;

/**
 * What one poll of one source did.
 *
 * @param source  the source's name
 * @param kind    its kind
 * @param read    posts the source returned
 * @param flagged posts the watchlist matched
 * @param stored  what storing them did, when the poll succeeded
 * @param error   the failure's message, when it failed
 */
public record PollReport(String source, String kind, int read, int flagged, Optional<StoredPoll> stored, Optional<String> error) {
    /** A poll that failed: nothing read or stored. */
    static PollReport failed(String source, String kind, String error) {
        return new PollReport(source, kind, 0, 0, Optional.empty(), Optional.of(error));
    }

    /** The ids of the mentions this poll created. */
    public List<Long> created() {
        return stored.map(StoredPoll::created).orElse(List.of());
    }
}
