package org.switchboard.server.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
     * process dying at any moment after. A child JVM appends from four threads and is killed
     * (SIGKILL: no shutdown hooks, no clean close) after 300 acknowledgements.
     */
    @Test
    void acknowledgedAppendsSurviveAKilledProcess() throws Exception {
        db.close();
        db = null;
        Path childData = dir.resolve("child");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AppendUntilKilled.class.getName(), childData.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<Long, String> acknowledged = new HashMap<>();
        long conversationId;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            conversationId = Long.parseLong(out.readLine().substring("conversation ".length()));
            String line;
            while ((line = out.readLine()) != null) {
                String[] parts = line.split(" ");
                acknowledged.put(Long.parseLong(parts[1]), parts[2]);
                if (acknowledged.size() == 300) {
                    child.toHandle().destroyForcibly(); // SIGKILL; unlike Process.destroy, leaves stdout readable
                }
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(acknowledged.size() >= 300, "the child acknowledged only " + acknowledged.size());

        try (Database reopened = Database.open(DatabaseConfig.embedded(), childData)) {
            conversations = reopened.conversations();
            List<StoredEvent> stored = readAll(conversationId);
            Map<Long, String> byId = stored.stream()
                    .collect(Collectors.toMap(StoredEvent::sequence, StoredEvent::clientMessageId));
            acknowledged.forEach((sequence, clientMessageId) ->
                    assertEquals(clientMessageId, byId.get(sequence), "acknowledged message " + sequence + " was lost"));
            // everything up to the last acknowledged message is there, without a gap: its checkpoint
            // stored every commit made before it. What was never acknowledged may be missing, even
            // leaving a gap (H2 once recovered 302 but not 301, both unacknowledged): docs/storage.md
            long lastAcknowledged = acknowledged.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
            List<Long> sequences = sequences(stored);
            assertEquals(LongStream.rangeClosed(1, lastAcknowledged).boxed().collect(Collectors.toList()),
                    sequences.subList(0, (int) lastAcknowledged));
            assertEquals(sequences.stream().distinct().sorted().toList(), sequences, "each sequence once, in order");
            assertEquals(sequences.get(sequences.size() - 1), conversations.find(conversationId).orElseThrow().lastSequence(),
                    "the conversation's counter agrees with its log");
        }
    }
}
