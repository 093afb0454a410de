package org.switchboard.server.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Gives the embedded H2 file's free space back when the database closes. Every durable write
 * puts the pages it changed into a new chunk at the end of the file, so a busy file is mostly old
 * chunks; H2 rewrites and moves them when it closes only while its chunks are less than
 * {@code AUTO_COMPACT_FILL_RATE} full on average, which Switchboard sets to 50% for the sake of
 * latency ({@link DatabaseConfig#EMBEDDED_OPTIONS}). A burst of durable writes leaves chunks
 * fuller than that in a file that is still mostly free space: 4,000 appends from eight threads
 * left 24–28 MB that H2's own close kept (it shrank to 2–3 MB at H2's default of 90%). So when
 * its chunks are less than half live in a file of at least {@value #MIN_FILE_BYTES} bytes, and what is live
 * is at most {@value #MAX_LIVE_BYTES} bytes (the close copies that much), the close is H2's
 * {@code SHUTDOWN COMPACT}: the live data is written to a new file (pages compressed) that
 * replaces the old one. Measured: 24 MB after 4,000 appends closed to 0.2 MB in 0.1 s, 781 MB after
 * 100,000 appends (chunks 6% live) to 5.1 MB in 1.2 s; the limit keeps a close to seconds.
 */
final class FileCompaction {
    /** Smaller files are left as they are. */
    static final long MIN_FILE_BYTES = 16L << 20;
    /** Files with more live data are left to H2's own, time-limited compaction. */
    static final long MAX_LIVE_BYTES = 256L << 20;

    private FileCompaction() {
    }

    /**
     * How big the file is and how full its chunks are with live pages, from H2's
     * {@code INFORMATION_SCHEMA.SETTINGS} ({@code info.FILE_SIZE}, {@code info.CHUNKS_FILL_RATE};
     * H2's {@code info.FILL_RATE} counts the blocks of old chunks it still keeps as used, and is
     * 100% on a busy file). {@code fileBytes * fillPercent / 100} bounds the live data from above.
     */
    record FileUse(long fileBytes, int fillPercent) {
        long liveBytes() {
            return fileBytes * fillPercent / 100;
        }

        boolean worthRewriting() {
            return fileBytes >= MIN_FILE_BYTES && fillPercent < 50 && liveBytes() <= MAX_LIVE_BYTES;
        }
    }

    private static FileUse use(Connection connection) throws SQLException {
        long size = 0;
        int fill = 100;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT setting_name, setting_value"
                + " FROM information_schema.settings WHERE setting_name IN ('info.FILE_SIZE', 'info.CHUNKS_FILL_RATE')")) {
            while (rs.next()) {
                if (rs.getString(1).equals("info.FILE_SIZE")) {
                    size = Long.parseLong(rs.getString(2).strip());
                } else {
                    fill = Integer.parseInt(rs.getString(2).strip());
                }
            }
        }
        return new FileUse(size, fill);
    }

    /**
     * Closes the database with {@code SHUTDOWN COMPACT} when {@link FileUse#worthRewriting};
     * otherwise, or when it cannot tell, leaves it open for the pool's own close. Call with
     * nothing else using the database.
     */
    static void closeCompacting(DataSource pool) {
        Connection c = null;
        try {
            c = pool.getConnection();
            FileUse use = use(c);
            if (use.worthRewriting()) {
                try (Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN COMPACT");
                }
            }
        } catch (SQLException | RuntimeException e) {
            System.getLogger(FileCompaction.class.getName()).log(System.Logger.Level.WARNING,
                    "could not compact the database file on close; H2 closes it as usual", e);
        } finally {
            closeQuietly(c);
        }
    }

    /** After {@code SHUTDOWN} the connection's database is closed, and so may fail to close: it does not matter. */
    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException | RuntimeException e) {
                // the database is shut down; the pool drops the connection
            }
        }
    }
}
