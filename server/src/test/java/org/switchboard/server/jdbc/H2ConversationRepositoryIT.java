package org.switchboard.server.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository contract on the embedded H2 file, a fresh one in a temporary directory per test. */
class H2ConversationRepositoryIT extends ConversationRepositoryContract {
    @TempDir
    Path dir;

    @Override
    Database open() {
        return Database.open(DatabaseConfig.embedded(), dataDir());
    }

    Path dataDir() {
        return dir.resolve("data");
    }

    @Test
    void theEmbeddedFileLivesInTheDataDirectory() {
        assertTrue(Files.isRegularFile(dataDir().resolve("switchboard.mv.db")));
    }

    /**
     * Every durable append writes the pages it changed into a new chunk of the file, so the file
     * grows by much more than the data while a site is busy; H2 gives the space of old chunks
     * back when it closes ({@link FileCompaction}, docs/storage.md). Eight
     * threads append 4,000 events of 300 characters, each made durable, then the database closes.
     */
    @Test
    void aCleanCloseGivesBackTheSpaceOfOldChunks() throws Exception {
        long[] ids = LongStream.range(0, 50).map(i -> newConversation()).toArray();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> appends = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            long id = ids[i % ids.length];
            appends.add(writers.submit(() -> conversations.append(id,
                    List.of(new NewEvent("BotReplied", Author.BOT, "{\"text\":\"" + "x".repeat(300) + "\"}")))));
        }
        for (Future<?> append : appends) {
            append.get(60, TimeUnit.SECONDS);
        }
        writers.shutdown();
        Path file = dataDir().resolve("switchboard.mv.db");
        long busy = Files.size(file);
        db.close();
        db = null;
        long closed = Files.size(file);
        assertTrue(busy > FileCompaction.MIN_FILE_BYTES, "4,000 durable appends leave old chunks behind: " + busy + " bytes");
        assertTrue(closed < busy / 4, "closed, the file gives their space back: " + busy + " -> " + closed + " bytes");

        reopen();
        assertEquals(4000, LongStream.of(ids).mapToObj(this::readAll).mapToLong(List::size).sum(), "nothing lost");
        conversations.append(ids[0], List.of(visitorSays("and after?")));
        assertEquals(81, readAll(ids[0]).size(), "the rewritten file takes new events");
    }

    /**
     * The promise the widget relies on: once an append has returned, the message survives the
     * process dying at any moment after, and the conversation goes on. A child JVM appends to one
     * conversation from 16 threads and is killed (SIGKILL: no shutdown hooks, no clean close)
     * after some hundreds of acknowledgements, ten times over on the same file. Each time the
     * file is opened again (and rebuilt, {@link CrashRecovery}): every acknowledged message is
     * there, the conversation's counter agrees with its log, and it takes a new message at once.
     * Without the rebuild, H2 left a counter behind the log or a row no write could change in about
     * one kill out of ten here (docs/storage.md).
     */
    @Test
    void acknowledgedAppendsSurviveAKilledProcess() throws Exception {
        db.close();
        db = null;
        Path childData = dir.resolve("child");
        for (int round = 0; round < 10; round++) {
            int killAfter = 100 + 40 * round;
            Map<Long, String> acknowledged = new HashMap<>();
            long conversationId = appendUntilKilled(childData, killAfter, acknowledged);
            assertTrue(acknowledged.size() >= killAfter, "the child acknowledged only " + acknowledged.size());
            assertTrue(CrashRecovery.needed(childData), "the killed child left its marker");

            try (Database reopened = Database.open(DatabaseConfig.embedded(), childData)) {
                conversations = reopened.conversations();
                String where = "round " + round + ": ";
                List<StoredEvent> stored = readAll(conversationId);
                Map<Long, String> byId = stored.stream()
                        .collect(Collectors.toMap(StoredEvent::sequence, StoredEvent::clientMessageId));
                acknowledged.forEach((sequence, clientMessageId) -> assertEquals(clientMessageId, byId.get(sequence),
                        where + "acknowledged message " + sequence + " was lost"));
                // what was never acknowledged may be missing, even below the last acknowledged
                // number: a transaction whose commit H2 was still applying when the file was
                // written is not in it (docs/storage.md), though a later one numbered after it is
                List<Long> sequences = sequences(stored);
                assertEquals(sequences.stream().distinct().sorted().toList(), sequences, where + "each sequence once, in order");
                long last = sequences.get(sequences.size() - 1);
                assertEquals(last, conversations.find(conversationId).orElseThrow().lastSequence(),
                        where + "the conversation's counter agrees with its log");
                List<StoredEvent> after = assertTimeoutPreemptively(Duration.ofSeconds(20),
                        () -> conversations.append(conversationId, List.of(visitorSays("still there?"))),
                        where + "the first append after the restart returns");
                assertEquals(last + 1, after.get(0).sequence(), where + "and takes the next number");
            }
            assertTrue(Files.isRegularFile(childData.resolve(CrashRecovery.KEPT_NAME)), "the file as it was is kept");
            assertFalse(CrashRecovery.needed(childData), "a clean close takes the marker away");
        }
    }

    /** Starts {@link AppendUntilKilled} on {@code data}, kills it after {@code killAfter} acknowledgements; returns its conversation. */
    private static long appendUntilKilled(Path data, int killAfter, Map<Long, String> acknowledged) throws Exception {
        Process child = startAppending(data, 16);
        long conversationId;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            conversationId = Long.parseLong(out.readLine().substring("conversation ".length()));
            String line;
            while ((line = out.readLine()) != null) {
                String[] parts = line.split(" ");
                acknowledged.put(Long.parseLong(parts[1]), parts[2]);
                if (acknowledged.size() == killAfter) {
                    child.toHandle().destroyForcibly(); // SIGKILL; unlike Process.destroy, leaves stdout readable
                }
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        return conversationId;
    }

    /** Starts {@link AppendUntilKilled} in a child JVM on {@code data}, appending from {@code threads} threads. */
    private static Process startAppending(Path data, int threads) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AppendUntilKilled.class.getName(), data.toString(),
                Integer.toString(threads)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /**
     * A start killed between setting the old file aside and moving the rebuilt one in (the last
     * step of a rebuild) finishes the move and loses nothing.
     */
    @Test
    void aRebuildKilledBeforeItsLastMoveIsFinishedAtTheNextStart() throws Exception {
        long id = newConversation();
        conversations.append(id, List.of(visitorSays("kept")));
        db.close();
        db = null;
        Path data = dataDir();
        Files.writeString(data.resolve(CrashRecovery.MARKER), "");
        Files.createDirectories(data.resolve(CrashRecovery.WORK_DIR));
        Files.move(data.resolve("switchboard.mv.db"), data.resolve(CrashRecovery.WORK_DIR).resolve("switchboard.mv.db"));

        assertFalse(Database.wouldCreate(DatabaseConfig.embedded(), data), "no file, but the marker: not a new database");
        reopen();
        List<StoredEvent> events = readAll(id);
        assertEquals(1, events.size());
        assertTrue(events.get(0).payload().contains("kept"), events.get(0).payload());
        assertFalse(Files.exists(data.resolve(CrashRecovery.WORK_DIR)), "the work directory is gone");
    }

    /**
     * While another process has the file open its marker is there too, as after a crash; opening
     * the file then fails as it always did, and touches nothing.
     */
    @Test
    void aFileAnotherProcessHasOpenIsNeitherRebuiltNorOpened() throws Exception {
        db.close();
        db = null;
        Path data = dir.resolve("busy");
        Process child = startAppending(data, 1);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            out.readLine(); // its conversation: it has the file open
            assertTrue(CrashRecovery.needed(data));
            StorageException e = assertThrows(StorageException.class, () -> Database.open(DatabaseConfig.embedded(), data));
            assertTrue(e.getMessage().contains("another process has it open"), e.getMessage());
            assertTrue(child.isAlive(), "the other process goes on");
            assertTrue(Files.isRegularFile(data.resolve("switchboard.mv.db")));
            assertFalse(Files.exists(data.resolve(CrashRecovery.KEPT_NAME)), "nothing was rebuilt");
            assertFalse(Files.exists(data.resolve(CrashRecovery.WORK_DIR)));
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
    }

    /** What {@code serve} asks before it opens the database, to start loading the demo corpus at once. */
    @Test
    void onlyAnEmbeddedFileThatIsNotThereYetWouldBeCreated() {
        Path fresh = dir.resolve("fresh");
        assertTrue(Database.wouldCreate(DatabaseConfig.embedded(), fresh));
        assertFalse(Database.wouldCreate(DatabaseConfig.embedded(), dataDir()), "this test's database exists");
        assertFalse(Database.wouldCreate(new DatabaseConfig("jdbc:postgresql://localhost/switchboard", null, null, 2), fresh),
                "a PostgreSQL database may have rows");
        try (Database created = Database.open(DatabaseConfig.embedded(), fresh)) {
            assertFalse(Database.wouldCreate(DatabaseConfig.embedded(), fresh));
        }
    }

    @Test
    void aCleanCloseIsNotFollowedByARebuild() {
        long id = newConversation();
        conversations.append(id, List.of(visitorSays("hello")));
        assertTrue(Files.exists(dataDir().resolve(CrashRecovery.MARKER)), "open: marked");
        reopen();
        assertFalse(Files.exists(dataDir().resolve(CrashRecovery.KEPT_NAME)), "nothing was rebuilt");
        assertEquals(1, readAll(id).size());
    }
}
