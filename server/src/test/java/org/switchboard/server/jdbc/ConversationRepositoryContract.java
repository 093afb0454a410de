package org.switchboard.server.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link ConversationRepository} promises, on any database: subclasses say which one by
 * opening it. Each test opens the database afresh; reopening must find the same data.
 */
abstract class ConversationRepositoryContract {
    static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    static final Instant START = Instant.parse("2025-03-01T09:00:00.123456789Z");

    Database db;
    ConversationRepository conversations;
    MutableClock clock = new MutableClock(START);

    /** Opens the database under test; called before each test and again by the reopen tests. */
    abstract Database open();

    @BeforeEach
    void openDatabase() {
        reopen();
    }

    @AfterEach
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    void reopen() {
        if (db != null) {
            db.close();
        }
        db = open();
        conversations = new ConversationRepository(db.transactions(), clock, new SecureRandom());
    }

    // --- sequence numbers ---

    @Test
    void sequencesStartAtOneAndAreConsecutivePerConversation() {
        long a = newConversation();
        long b = newConversation();
        assertEquals(List.of(1L, 2L), sequences(conversations.append(a, events("MessageReceived", "BotReplied"))));
        assertEquals(List.of(1L), sequences(conversations.append(b, events("MessageReceived"))));
        assertEquals(List.of(3L, 4L, 5L), sequences(conversations.append(a, events("x", "y", "z"))));
        assertEquals(List.of(2L), sequences(conversations.append(b, events("BotReplied"))));
        assertEquals(5, conversations.find(a).orElseThrow().lastSequence());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), sequences(conversations.eventsAfter(a, 0, 100)));
    }

    @Test
    void appendReturnsTheEventsAsStored() {
        long id = newConversation();
        clock.set(START.plusSeconds(5));
        List<StoredEvent> stored = conversations.append(id, List.of(
                new NewEvent("MessageReceived", Author.VISITOR, "{\"text\":\"Γεια σας — مرحبا\"}"),
                new NewEvent("BotReplied", Author.BOT, "{}")));
        assertEquals(stored, conversations.eventsAfter(id, 0, 10));
        StoredEvent first = stored.get(0);
        assertEquals(new StoredEvent(id, 1, "MessageReceived", Author.VISITOR, "{\"text\":\"Γεια σας — مرحبا\"}",
                Instant.parse("2025-03-01T09:00:05.123456Z"), null), first);
        assertEquals(Instant.parse("2025-03-01T09:00:05.123456Z"), conversations.find(id).orElseThrow().updatedAt());
    }

    @Test
    void emptyBatchStoresNothing() {
        long id = newConversation();
        assertEquals(List.of(), conversations.append(id, List.of()));
        assertEquals(0, conversations.find(id).orElseThrow().lastSequence());
    }

    @Test
    void concurrentAppendsToOneConversationLeaveNoGapsOrDuplicates() throws Exception {
        long id = newConversation();
        int threads = 8;
        int appendsEach = 40;
        Set<Long> returned = ConcurrentHashMap.newKeySet();
        List<Callable<List<Long>>> writers = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < threads; t++) {
            String writer = "w" + t;
            writers.add(() -> {
                start.await();
                List<Long> mine = new ArrayList<>();
                for (int i = 0; i < appendsEach; i++) {
                    int size = 1 + i % 3;
                    for (StoredEvent e : conversations.append(id, events(writer, size))) {
                        assertTrue(returned.add(e.sequence()), "sequence handed out twice: " + e.sequence());
                        mine.add(e.sequence());
                    }
                }
                return mine;
            });
        }
        List<List<Long>> perWriter = runConcurrently(writers, start);
        int total = threads * IntStream.range(0, appendsEach).map(i -> 1 + i % 3).sum();

        List<StoredEvent> all = readAll(id);
        assertEquals(LongStream.rangeClosed(1, total).boxed().collect(Collectors.toList()), sequences(all));
        assertEquals(total, returned.size());
        assertEquals(total, conversations.find(id).orElseThrow().lastSequence());
        for (int t = 0; t < threads; t++) {
            String writer = "w" + t;
            List<Long> stored = all.stream().filter(e -> e.type().equals(writer)).map(StoredEvent::sequence)
                    .collect(Collectors.toList());
            assertEquals(perWriter.get(t), stored, "each writer's events are stored in its order, as returned");
        }
    }

    // --- idempotent client messages ---

    @Test
    void resendingAClientMessageIdReturnsTheOriginalAndStoresItOnce() {
        long id = newConversation();
        AppendResult first = conversations.appendVisitorMessage(id, "c-1", visitorSays("hello"));
        conversations.append(id, events("BotReplied"));
        clock.set(START.plusSeconds(30));
        AppendResult resent = conversations.appendVisitorMessage(id, "c-1", visitorSays("hello"));

        assertFalse(first.duplicate());
        assertTrue(resent.duplicate());
        assertEquals(first.event(), resent.event());
        assertEquals(1, first.event().sequence());
        assertEquals("c-1", first.event().clientMessageId());
        assertEquals(List.of(1L, 2L), sequences(readAll(id)));
        assertEquals(2, conversations.find(id).orElseThrow().lastSequence());
    }

    @Test
    void aResendWithADifferentPayloadStillReturnsTheOriginal() {
        long id = newConversation();
        AppendResult first = conversations.appendVisitorMessage(id, "c-1", visitorSays("hello"));
        AppendResult resent = conversations.appendVisitorMessage(id, "c-1", visitorSays("changed"));
        assertEquals(first.event(), resent.event());
        assertEquals(1, readAll(id).size());
    }

    @Test
    void clientMessageIdsAreScopedToTheirConversation() {
        long a = newConversation();
        long b = newConversation();
        AppendResult inA = conversations.appendVisitorMessage(a, "c-1", visitorSays("hi"));
        AppendResult inB = conversations.appendVisitorMessage(b, "c-1", visitorSays("hi"));
        assertFalse(inB.duplicate());
        assertEquals(b, inB.event().conversationId());
        assertEquals(1, inA.event().sequence());
        assertEquals(1, inB.event().sequence());
        assertEquals(2, conversations.appendVisitorMessage(a, "c-2", visitorSays("again")).event().sequence());
    }

    // --- whole turns ---

    @Test
    void aTurnStoresTheMessageThenItsReplyConsecutivelyAndSetsTheStatus() {
        long id = newConversation();
        conversations.append(id, events("ConversationStarted"));
        clock.set(START.plusSeconds(5));
        StoredTurn turn = conversations.appendTurn(id, "c-1", visitorSays("where is my parcel"),
                events("AnswerGiven", "HelpfulnessAsked"), "QUEUED");

        assertFalse(turn.duplicate());
        assertEquals(2, turn.message().sequence());
        assertEquals("c-1", turn.message().clientMessageId());
        assertEquals(List.of(3L, 4L), sequences(turn.reply()));
        assertTrue(turn.reply().stream().allMatch(e -> e.clientMessageId() == null));
        List<StoredEvent> all = readAll(id);
        assertEquals(List.of(turn.message(), turn.reply().get(0), turn.reply().get(1)), all.subList(1, 4));
        ConversationRef ref = conversations.find(id).orElseThrow();
        assertEquals(4, ref.lastSequence());
        assertEquals("QUEUED", ref.status());
        assertEquals(Instant.parse("2025-03-01T09:00:05.123456Z"), ref.updatedAt());
    }

    @Test
    void aResentTurnStoresNothingAndReturnsTheFirstMessage() {
        long id = newConversation();
        StoredTurn first = conversations.appendTurn(id, "c-1", visitorSays("hello"), events("BotReplied"), null);
        StoredTurn resent = conversations.appendTurn(id, "c-1", visitorSays("hello"), events("BotReplied"), "QUEUED");

        assertTrue(resent.duplicate());
        assertEquals(first.message(), resent.message());
        assertEquals(List.of(), resent.reply());
        assertEquals(List.of(1L, 2L), sequences(readAll(id)));
        assertEquals(ConversationRepository.INITIAL_STATUS, conversations.find(id).orElseThrow().status());
        assertTrue(conversations.appendVisitorMessage(id, "c-1", visitorSays("hello")).duplicate(),
                "a turn's message is idempotent like a single message");
    }

    @Test
    void aTurnThatFailsStoresNeitherMessageNorReply() throws SQLException {
        long id = newConversation();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO conversation_event (conversation_id, sequence, type, author, payload, created_at)"
                    + " VALUES (" + id + ", 3, 'intruder', 'system', '{}', CURRENT_TIMESTAMP)");
            c.commit();
        }
        StorageException e = assertThrows(StorageException.class, () -> conversations.appendTurn(id, "c-1",
                visitorSays("hi"), events("AnswerGiven", "HelpfulnessAsked"), "QUEUED"));
        assertTrue(e.getMessage().startsWith("append a turn (client message 'c-1' and 2 events) to conversation " + id),
                e.getMessage());
        assertEquals(List.of("intruder"), readAll(id).stream().map(StoredEvent::type).collect(Collectors.toList()));
        ConversationRef ref = conversations.find(id).orElseThrow();
        assertEquals(0, ref.lastSequence());
        assertEquals(ConversationRepository.INITIAL_STATUS, ref.status());
        assertThrows(UnknownConversationException.class,
                () -> conversations.appendTurn(987_654_321L, "c-1", visitorSays("hi"), events("x"), null));
    }

    @Test
    void concurrentResendsOfOneMessageStoreItOnce() throws Exception {
        long id = newConversation();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<AppendResult>> senders = Collections.nCopies(8, () -> {
            start.await();
            return conversations.appendVisitorMessage(id, "same", visitorSays("hello"));
        });
        List<AppendResult> results = runConcurrently(senders, start);
        assertEquals(1, results.stream().filter(r -> !r.duplicate()).count());
        assertEquals(1, results.stream().map(AppendResult::event).distinct().count());
        assertEquals(List.of(1L), sequences(readAll(id)));
    }

    // --- resuming ---

    @Test
    void eventsAfterResumesExactlyAfterASequence() {
        long id = newConversation();
        for (int i = 0; i < 10; i++) {
            conversations.append(id, events("e" + i));
        }
        assertEquals(List.of(4L, 5L, 6L), sequences(conversations.eventsAfter(id, 3, 3)));
        assertEquals(List.of(9L, 10L), sequences(conversations.eventsAfter(id, 8, 100)));
        assertEquals(List.of(), conversations.eventsAfter(id, 10, 100));
        assertEquals(List.of(), conversations.eventsAfter(id, 99, 100));
        assertEquals(List.of(1L), sequences(conversations.eventsAfter(id, 0, 1)));

        List<Long> paged = new ArrayList<>();
        long last = 0;
        for (List<StoredEvent> page = conversations.eventsAfter(id, last, 3); !page.isEmpty();
                page = conversations.eventsAfter(id, last, 3)) {
            paged.addAll(sequences(page));
            last = page.get(page.size() - 1).sequence();
        }
        assertEquals(LongStream.rangeClosed(1, 10).boxed().collect(Collectors.toList()), paged);
        assertEquals(List.of("e3", "e4"), conversations.eventsAfter(id, 3, 2).stream().map(StoredEvent::type)
                .collect(Collectors.toList()));
    }

    @Test
    void eventsAfterSeesOnlyItsOwnConversation() {
        long a = newConversation();
        long b = newConversation();
        conversations.append(a, events("a1", "a2"));
        conversations.append(b, events("b1"));
        assertEquals(List.of("b1"), conversations.eventsAfter(b, 0, 100).stream().map(StoredEvent::type)
                .collect(Collectors.toList()));
        assertEquals(List.of(), conversations.eventsAfter(Long.MAX_VALUE, 0, 100));
    }

    @Test
    void eventsAfterRejectsBadArguments() {
        long id = newConversation();
        assertThrows(IllegalArgumentException.class, () -> conversations.eventsAfter(id, -1, 10));
        assertThrows(IllegalArgumentException.class, () -> conversations.eventsAfter(id, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> conversations.eventsAfter(id, 0, ConversationRepository.MAX_PAGE + 1));
    }

    // --- tokens ---

    @Test
    void tokensAreLongUrlSafeAndDifferEveryTime() {
        CreatedConversation one = conversations.create("en", ATHENS);
        CreatedConversation two = conversations.create("en", ATHENS);
        for (String token : List.of(one.token(), two.token())) {
            assertTrue(token.length() >= 43, token);
            assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        }
        assertNotEquals(one.token(), two.token());
        assertNotEquals(one.conversation().id(), two.conversation().id());
        assertFalse(one.toString().contains(one.token()), "toString hides the token");
    }

    @Test
    void aTokenFindsItsOwnConversationOnly() {
        CreatedConversation mine = conversations.create("vi", ZoneId.of("Asia/Ho_Chi_Minh"));
        CreatedConversation theirs = conversations.create("ar", ZoneId.of("Asia/Dubai"));
        assertEquals(mine.conversation(), conversations.findByToken(mine.token()).orElseThrow());
        assertEquals(theirs.conversation(), conversations.findByToken(theirs.token()).orElseThrow());
        assertEquals(ZoneId.of("Asia/Ho_Chi_Minh"), conversations.findByToken(mine.token()).orElseThrow().timeZone());
    }

    @Test
    void unknownAndMalformedTokensFindNothing() {
        CreatedConversation created = conversations.create("en", ATHENS);
        String token = created.token();
        char last = token.charAt(token.length() - 1);
        String oneCharOff = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertTrue(conversations.findByToken(oneCharOff).isEmpty());
        assertTrue(conversations.findByToken(ConversationTokens.generate(new SecureRandom())).isEmpty());
        assertTrue(conversations.findByToken(token.substring(1)).isEmpty());
        assertTrue(conversations.findByToken(token + "A").isEmpty());
        assertTrue(conversations.findByToken("").isEmpty());
        assertTrue(conversations.findByToken(null).isEmpty());
        assertTrue(conversations.findByToken("' OR '1'='1").isEmpty());
        assertTrue(conversations.findByToken(token.replace(token.charAt(0), '+')).isEmpty());
        assertTrue(conversations.findByToken(" " + token.substring(1)).isEmpty());
    }

    @Test
    void onlyTheTokensHashIsStored() throws SQLException {
        CreatedConversation created = conversations.create("en", ATHENS);
        conversations.appendVisitorMessage(created.conversation().id(), "c-1", visitorSays("hi"));
        for (String table : List.of("conversation", "conversation_event")) {
            for (String value : allValues(table)) {
                assertFalse(value.contains(created.token()), table + " holds the raw token");
            }
        }
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT token_hash FROM conversation WHERE id = ?")) {
            ps.setLong(1, created.conversation().id());
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertArrayEquals(ConversationTokens.hash(created.token()), rs.getBytes(1));
                assertEquals(32, rs.getBytes(1).length);
            }
            c.rollback();
        }
    }

    // --- failures ---

    @Test
    void aBatchThatFailsHalfwayStoresNothing() throws SQLException {
        long id = newConversation();
        conversations.append(id, events("a", "b"));
        // a row already at sequence 5, as if written behind the repository's back: the third
        // event of the next batch of three collides with it
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO conversation_event (conversation_id, sequence, type, author, payload, created_at)"
                    + " VALUES (" + id + ", 5, 'intruder', 'system', '{}', CURRENT_TIMESTAMP)");
            c.commit();
        }
        StorageException e = assertThrows(StorageException.class,
                () -> conversations.append(id, events("c", "d", "e")));
        assertTrue(e.getMessage().startsWith("append 3 events to conversation " + id + ": "), e.getMessage());

        assertEquals(List.of("a", "b", "intruder"), readAll(id).stream().map(StoredEvent::type)
                .collect(Collectors.toList()));
        assertEquals(2, conversations.find(id).orElseThrow().lastSequence());
        assertEquals(List.of(3L), sequences(conversations.append(id, events("c"))), "the pool is still usable");
    }

    @Test
    void anInvalidEventIsRejectedBeforeAnythingIsStored() {
        long id = newConversation();
        assertThrows(NullPointerException.class, () -> conversations.append(id,
                List.of(new NewEvent("ok", Author.BOT, "{}"), new NewEvent(null, Author.BOT, "{}"))));
        assertThrows(IllegalArgumentException.class, () -> new NewEvent(" ", Author.BOT, "{}"));
        assertThrows(IllegalArgumentException.class, () -> new NewEvent("x".repeat(65), Author.BOT, "{}"));
        assertThrows(IllegalArgumentException.class,
                () -> conversations.appendVisitorMessage(id, "", visitorSays("hi")));
        assertThrows(IllegalArgumentException.class,
                () -> conversations.appendVisitorMessage(id, "x".repeat(129), visitorSays("hi")));
        assertEquals(List.of(), readAll(id));
    }

    @Test
    void appendingToAnUnknownConversationFailsNamingIt() {
        UnknownConversationException e = assertThrows(UnknownConversationException.class,
                () -> conversations.append(987_654_321L, events("x")));
        assertEquals(987_654_321L, e.conversationId());
        assertThrows(UnknownConversationException.class,
                () -> conversations.appendVisitorMessage(987_654_321L, "c-1", visitorSays("hi")));
        assertThrows(UnknownConversationException.class, () -> conversations.updateStatus(987_654_321L, "QUEUED"));
        assertEquals(List.of(), conversations.eventsAfter(987_654_321L, 0, 10));
    }

    // --- status ---

    @Test
    void updateStatusChangesStatusAndUpdatedAt() {
        CreatedConversation created = conversations.create("tl", ZoneId.of("Asia/Manila"));
        long id = created.conversation().id();
        assertEquals(ConversationRepository.INITIAL_STATUS, created.conversation().status());
        clock.set(START.plus(Duration.ofMinutes(3)));
        conversations.updateStatus(id, "QUEUED");
        ConversationRef ref = conversations.findByToken(created.token()).orElseThrow();
        assertEquals("QUEUED", ref.status());
        assertEquals(Instant.parse("2025-03-01T09:03:00.123456Z"), ref.updatedAt());
        assertEquals(Instant.parse("2025-03-01T09:00:00.123456Z"), ref.createdAt());
    }

    /**
     * After a crash rebuild (H2's half-applied transaction): a row behind its events gets its
     * counter and time back from them and is listed for a review of its status, which the chat
     * service then sets; a row in step is neither changed nor listed.
     */
    @Test
    void aRowBehindItsEventsIsCorrectedAndItsStatusListedForReview() throws SQLException {
        long behind = newConversation();
        long inStep = newConversation();
        conversations.append(behind, events("ConversationStarted"));
        conversations.append(inStep, events("ConversationStarted"));
        clock.set(START.plusSeconds(5));
        conversations.appendTurn(behind, "c-1", visitorSays("a person please"), events("HandoffRequested"), "QUEUED");
        Instant before = conversations.find(inStep).orElseThrow().updatedAt();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            // as the lost turn left it: the counter, status and time from before the turn
            s.executeUpdate("UPDATE conversation SET last_sequence = 1, status = 'BOT', updated_at = created_at WHERE id = "
                    + behind);
            assertEquals(1, ConversationRows.correctLastSequences(c), "only the row behind its events changed");
            c.commit();
        }
        assertEquals(List.of(behind), conversations.statusesInDoubt());
        ConversationRef corrected = conversations.find(behind).orElseThrow();
        assertEquals(3, corrected.lastSequence());
        assertEquals(Instant.parse("2025-03-01T09:00:05.123456Z"), corrected.updatedAt(), "the last event's time");
        assertEquals("BOT", corrected.status(), "the store cannot tell the status from the events");
        assertEquals(before, conversations.find(inStep).orElseThrow().updatedAt());

        clock.set(START.plusSeconds(60));
        conversations.statusReviewed(behind, "QUEUED");
        assertEquals(List.of(), conversations.statusesInDoubt());
        ConversationRef reviewed = conversations.find(behind).orElseThrow();
        assertEquals("QUEUED", reviewed.status());
        assertEquals(corrected.updatedAt(), reviewed.updatedAt(), "a review is not a new turn");
        assertEquals(List.of(4L), sequences(conversations.append(behind, events("after the review"))));
    }

    // --- across reopening ---

    @Test
    void dataSurvivesClosingAndReopening() {
        CreatedConversation created = conversations.create("el", ATHENS);
        long id = created.conversation().id();
        List<StoredEvent> stored = conversations.append(id, events("MessageReceived", "BotReplied"));
        AppendResult message = conversations.appendVisitorMessage(id, "c-9", visitorSays("ευχαριστώ"));
        reopen();
        assertEquals(id, conversations.findByToken(created.token()).orElseThrow().id());
        List<StoredEvent> expected = new ArrayList<>(stored);
        expected.add(message.event());
        assertEquals(expected, readAll(id));
        assertTrue(conversations.appendVisitorMessage(id, "c-9", visitorSays("ευχαριστώ")).duplicate());
        assertEquals(List.of(4L), sequences(conversations.append(id, events("after reopen"))));
    }

    @Test
    void migrationsRunOnceAcrossReopens() throws SQLException {
        reopen();
        reopen();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history"
                     + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
            List<String> applied = new ArrayList<>();
            while (rs.next()) {
                assertTrue(rs.getBoolean(2), "migration " + rs.getString(1) + " failed");
                applied.add(rs.getString(1));
            }
            assertEquals(applied.stream().distinct().collect(Collectors.toList()), applied);
            assertEquals("1", applied.get(0));
            c.rollback();
        }
    }

    // --- helpers ---

    long newConversation() {
        return conversations.create("en", ATHENS).conversation().id();
    }

    static NewEvent visitorSays(String text) {
        return new NewEvent("MessageReceived", Author.VISITOR, "{\"text\":\"" + text + "\"}");
    }

    static List<NewEvent> events(String... types) {
        List<NewEvent> events = new ArrayList<>();
        for (String type : types) {
            events.add(new NewEvent(type, Author.BOT, "{\"n\":" + events.size() + "}"));
        }
        return events;
    }

    static List<NewEvent> events(String type, int count) {
        return Collections.nCopies(count, new NewEvent(type, Author.BOT, "{}"));
    }

    static List<Long> sequences(List<StoredEvent> events) {
        return events.stream().map(StoredEvent::sequence).collect(Collectors.toList());
    }

    List<StoredEvent> readAll(long id) {
        List<StoredEvent> all = new ArrayList<>();
        for (List<StoredEvent> page = conversations.eventsAfter(id, 0, ConversationRepository.MAX_PAGE);
                !page.isEmpty();
                page = conversations.eventsAfter(id, page.get(page.size() - 1).sequence(), ConversationRepository.MAX_PAGE)) {
            all.addAll(page);
        }
        return all;
    }

    /** Every value in every column of {@code table}, as text. */
    List<String> allValues(String table) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    values.add(value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                            : String.valueOf(value));
                }
            }
            c.rollback();
        }
        return values;
    }

    static <T> List<T> runConcurrently(List<Callable<T>> tasks, CountDownLatch start) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
