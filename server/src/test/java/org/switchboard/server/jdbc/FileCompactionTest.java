package org.switchboard.server.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileCompactionTest {
    private static final long MB = 1L << 20;

    @Test
    void aFileMostlyOfOldChunksIsRewrittenOnlyWhenBigEnoughAndItsLiveDataSmallEnough() {
        assertTrue(new FileCompaction.FileUse(24 * MB, 8).worthRewriting(), "24 MB, chunks 8% live");
        assertTrue(new FileCompaction.FileUse(780 * MB, 6).worthRewriting(), "780 MB, about 47 MB live");
        assertFalse(new FileCompaction.FileUse(15 * MB, 8).worthRewriting(), "a small file is left as it is");
        assertFalse(new FileCompaction.FileUse(100 * MB, 50).worthRewriting(), "half live: H2's own compaction's job");
        assertFalse(new FileCompaction.FileUse(4096 * MB, 10).worthRewriting(), "410 MB live would make the close too long");
        assertEquals(46.8 * MB, new FileCompaction.FileUse(780 * MB, 6).liveBytes(), 1);
    }
}
