package org.switchboard.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
    @Test
    void findsEveryFingerprintWithinThreeBitsAndNothingFurther() {
        Random random = new Random(42);
        NearDuplicates index = new NearDuplicates(10_000);
        long[] stored = new long[500];
        for (int i = 0; i < stored.length; i++) {
            stored[i] = random.nextLong() | 1L;
            index.add(stored[i], i);
        }
        for (int i = 0; i < stored.length; i++) {
            long probe = stored[i];
            int flips = i % 4; // 0..3 bits, spread over different bands
            for (int f = 0; f < flips; f++) {
                probe ^= 1L << (f * 17 + i % 13);
            }
            assertEquals(OptionalLong.of(i), index.find(probe), "fingerprint " + i + " with " + flips + " bits flipped");
            long far = stored[i] ^ 0b1111L; // 4 bits: not near
            OptionalLong found = index.find(far);
            assertTrue(found.isEmpty() || found.getAsLong() != i, "4 bits away is not near");
        }
    }

    @Test
    void forgetsTheOldestBeyondItsCapacity() {
        NearDuplicates index = new NearDuplicates(2);
        index.add(0xF0F0L, 1);
        index.add(0x0F0F_0000L, 2);
        index.add(0x1234_5678_0000_0000L, 3);
        assertEquals(2, index.size());
        assertTrue(index.find(0xF0F0L).isEmpty());
        assertEquals(OptionalLong.of(3), index.find(0x1234_5678_0000_0000L));
    }

    @Test
    void shortTextsAreNotFiled() {
        NearDuplicates index = new NearDuplicates(2);
        index.add(TextFingerprint.NONE, 1);
        assertEquals(0, index.size());
        assertTrue(index.find(TextFingerprint.NONE).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new NearDuplicates(0));
    }
}
