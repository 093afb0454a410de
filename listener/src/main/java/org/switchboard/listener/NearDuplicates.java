package org.switchboard.listener;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The fingerprints of recent mentions, found again by any fingerprint at most
 * {@link TextFingerprint#NEAR} bits away. Each fingerprint is filed under its four 16-bit bands:
 * two fingerprints 3 bits apart agree on at least one band, so a lookup reads four small lists,
 * not every mention. Holds at most {@code capacity} fingerprints, forgetting the oldest. Not
 * thread-safe: the server's poller owns one.
 */
public final class NearDuplicates {
    private record Entry(long fingerprint, long mentionId) {
    }

    private final int capacity;
    private final Map<Integer, List<Entry>> bands = new HashMap<>();
    private final ArrayDeque<Entry> order = new ArrayDeque<>();

    public NearDuplicates(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    /** Files a mention's fingerprint ({@link TextFingerprint#NONE} is never filed). */
    public void add(long fingerprint, long mentionId) {
        if (fingerprint == TextFingerprint.NONE) {
            return;
        }
        Entry e = new Entry(fingerprint, mentionId);
        for (int band = 0; band < 4; band++) {
            bands.computeIfAbsent(key(fingerprint, band), k -> new ArrayList<>(2)).add(e);
        }
        order.addLast(e);
        while (order.size() > capacity) {
            forget(order.removeFirst());
        }
    }

    /** The mention whose fingerprint is nearest to this one, if one is near enough. */
    public OptionalLong find(long fingerprint) {
        if (fingerprint == TextFingerprint.NONE) {
            return OptionalLong.empty();
        }
        Entry best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int band = 0; band < 4; band++) {
            List<Entry> list = bands.get(key(fingerprint, band));
            if (list == null) {
                continue;
            }
            for (Entry e : list) {
                int d = TextFingerprint.distance(e.fingerprint, fingerprint);
                if (d <= TextFingerprint.NEAR && d < bestDistance) {
                    best = e;
                    bestDistance = d;
                }
            }
        }
        return best == null ? OptionalLong.empty() : OptionalLong.of(best.mentionId);
    }

    /** How many fingerprints are held. */
    public int size() {
        return order.size();
    }

    private void forget(Entry e) {
        for (int band = 0; band < 4; band++) {
            int k = key(e.fingerprint, band);
            List<Entry> list = bands.get(k);
            if (list != null) {
                list.remove(e);
                if (list.isEmpty()) {
                    bands.remove(k);
                }
            }
        }
    }

    private static int key(long fingerprint, int band) {
        return (band << 16) | (int) ((fingerprint >>> (band * 16)) & 0xFFFF);
    }
}
