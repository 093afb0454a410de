package org.switchboard.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The index on disk: what survives reopening, interrupted and failed rebuilds, a killed process,
 * questions during a rebuild, and the thresholds file.
 */
class FaqIndexDurabilityTest {
    /** Questions whose answers must not change across reopening: some answered, some not. */
    private static final List<String> QUESTIONS = List.of("Where is my order?", "I forgot my password",
            "can I get a refund", "refund for my laptop", "what is the capital of peru", "gift card balance");

    private static FaqResources resources;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void loadResources() {
        resources = FaqResources.load();
    }

    private FaqIndex open() {
        return FaqIndex.open(dataDir, FaqIndexConfig.defaults(), resources);
    }

    private Path faqDir() {
        return dataDir.resolve("faq");
    }

    private static Map<String, FaqAnswer> answers(FaqIndex index, List<String> questions) {
        Map<String, FaqAnswer> out = new LinkedHashMap<>();
        questions.forEach(q -> out.put(q, index.ask(q)));
        return out;
    }

    /** The names in {@code DATA/faq} that start with {@code gen-}, sorted. */
    private List<String> generations() throws IOException {
        try (Stream<Path> s = Files.list(faqDir())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-")).sorted().toList();
        }
    }

    private String current() throws IOException {
        return Files.readString(faqDir().resolve("CURRENT"), StandardCharsets.UTF_8).strip();
    }

    // ---------------------------------------------------------------- reopening

    @Test
    void reopenedIndexServesTheSameEntriesAndAnswers() {
        List<FaqEntry> demo = Corpora.demo();
        List<String> questions = List.of("I can't remember my password", "quen mat khau thi lam sao",
                "Πόσα πληρώνω για τα μεταφορικά;", "أريد إلغاء طلبي الأخير", "paano ko i-track yung order ko", "hello");
        Map<String, FaqAnswer> before;
        try (FaqIndex index = open()) {
            index.replaceAll(demo);
            before = answers(index, questions);
        }
        try (FaqIndex reopened = open()) {
            assertEquals(demo, reopened.entries());
            assertEquals(Optional.of(demo.get(3)), reopened.entry(demo.get(3).id()));
            assertEquals(before, answers(reopened, questions));
        }
    }

    @Test
    void keepsOnlyTheServedGenerationOnDisk() throws IOException {
        try (FaqIndex index = open()) {
            index.replaceAll(Corpora.generated(5, 1));
            index.replaceAll(Corpora.shop());
        }
        assertEquals(List.of("gen-000002"), generations());
        assertEquals("gen-000002", current());
        try (FaqIndex reopened = open()) {
            assertEquals(Corpora.shop(), reopened.entries());
        }
    }

    @Test
    void newDirectoryOpensEmpty() {
        try (FaqIndex index = open()) {
            assertTrue(index.entries().isEmpty());
            assertEquals(Thresholds.DEFAULT, index.thresholds());
        }
    }

    // ---------------------------------------------------------------- leftovers of interrupted rebuilds

    @Test
    void openingRemovesAnInterruptedBuildDirectory() throws IOException {
        try (FaqIndex index = open()) {
            index.replaceAll(Corpora.shop());
        }
        Path leftover = Files.createDirectories(faqDir().resolve("gen-000009.tmp").resolve("lucene"));
        Files.writeString(leftover.resolve("_0.cfs"), "not an index");
        Files.writeString(leftover.resolveSibling("entries.json"), "{\"entries\": [{\"id\": ");
        try (FaqIndex index = open()) {
            assertEquals(Corpora.shop(), index.entries());
            assertEquals(Decision.ANSWER, index.ask("Where is my order?").decision());
            assertEquals(List.of("gen-000001"), generations());
            index.replaceAll(Corpora.withIdPrefix("x-", Corpora.shop()));
            assertEquals("x-track-order", index.ask("Where is my order?").faqId().orElseThrow());
        }
    }

    @Test
    void openingRemovesAFinishedGenerationThatWasNeverPublished() throws IOException {
        try (FaqIndex index = open()) {
            index.replaceAll(Corpora.shop());
        }
        Files.writeString(Files.createDirectories(faqDir().resolve("gen-000002")).resolve("entries.json"), "{}");
        try (FaqIndex index = open()) {
            assertEquals(Corpora.shop(), index.entries());
        }
        assertEquals(List.of("gen-000001"), generations());
        assertEquals("gen-000001", current());
    }

    @Test
    void halfWrittenCurrentTmpDoesNotDisturbOpening() throws IOException {
        try (FaqIndex index = open()) {
            index.replaceAll(Corpora.shop());
        }
        Files.writeString(faqDir().resolve("CURRENT.tmp"), "gen-0000");
        try (FaqIndex index = open()) {
            assertEquals(Corpora.shop(), index.entries());
            index.replaceAll(Corpora.withIdPrefix("x-", Corpora.shop()));
        }
        assertEquals("gen-000002", current());
    }

    @Test
    void openingRemovesAHalfWrittenCurrentTmp() throws IOException {
        try (FaqIndex index = open()) {
            index.replaceAll(Corpora.shop());
        }
        Files.writeString(faqDir().resolve("CURRENT.tmp"), "gen-0000");
        open().close();
        assertFalse(Files.exists(faqDir().resolve("CURRENT.tmp")));
    }

    // ---------------------------------------------------------------- failed rebuilds

    /** Corpora that FaqEntry accepts one entry at a time but that are invalid as a whole. */
    static Stream<List<FaqEntry>> corporaThatCannotBeStored() {
        List<FaqEntry> duplicate = new ArrayList<>(Corpora.shop());
        duplicate.add(Corpora.entry("track-order", "Where is my parcel now?", "Parcel status"));
        FaqEntry own = Corpora.shop().get(0);
        FaqEntry selfFollowUp = new FaqEntry(own.id(), own.language(), own.question(), own.alternates(), own.answer(),
                List.of(), List.of(own.id()), Map.of());
        List<FaqEntry> selfReferring = new ArrayList<>(Corpora.shop());
        selfReferring.set(0, selfFollowUp);
        return Stream.of(duplicate, selfReferring);
    }

    @ParameterizedTest
    @MethodSource("corporaThatCannotBeStored")
    void failedRebuildKeepsServingThePreviousEntries(List<FaqEntry> bad) throws IOException {
        try (FaqIndex index = open()) {
            index.replaceAll(Corpora.shop());
            Map<String, FaqAnswer> before = answers(index, QUESTIONS);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> index.replaceAll(bad));
            assertTrue(e.getMessage().contains("track-order") || e.getMessage().contains("follow"), e.getMessage());
            assertEquals(Corpora.shop(), index.entries());
            assertEquals(before, answers(index, QUESTIONS));
            List<String> generations = generations();
            assertTrue(generations.stream().noneMatch(n -> n.endsWith(".tmp")), () -> "left behind: " + generations);
        }
    }

    @ParameterizedTest
    @MethodSource("corporaThatCannotBeStored")
    void failedRebuildLeavesThePreviousIndexForTheNextOpen(List<FaqEntry> bad) {
        try (FaqIndex index = open()) {
            index.replaceAll(Corpora.shop());
            assertThrows(IllegalArgumentException.class, () -> index.replaceAll(bad));
        }
        try (FaqIndex reopened = open()) {
            assertEquals(Corpora.shop(), reopened.entries());
        }
    }

    // ---------------------------------------------------------------- a process killed during a rebuild

    @Test
    void processKilledDuringARebuildLeavesThePreviousIndexServing() throws Exception {
        Map<String, FaqAnswer> before;
        try (FaqIndex index = open()) {
            index.replaceAll(Corpora.shop());
            before = answers(index, QUESTIONS);
        }
        Path log = dataDir.resolve("rebuild-child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RebuildChild.class.getName(), dataDir.toString(), "3000")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path building;
        try {
            building = awaitBuildDirectory(child, log, Duration.ofSeconds(60));
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
        }
        assertTrue(Files.isDirectory(building), "the child published before it was killed; the test proved nothing");
        assertEquals("gen-000001", current());

        try (FaqIndex index = open()) {
            assertEquals(Corpora.shop(), index.entries());
            assertEquals(before, answers(index, QUESTIONS));
        }
        assertEquals(List.of("gen-000001"), generations(), "the interrupted build is removed on opening");
    }

    /**
     * Waits until the child is halfway through a build: {@code gen-N.tmp} holds the entries and the
     * Lucene index, and the model (the slow part) is being trained.
     */
    private Path awaitBuildDirectory(Process child, Path log, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Stream<Path> s = Files.list(faqDir())) {
                Optional<Path> tmp = s.filter(p -> p.getFileName().toString().matches("gen-\\d+\\.tmp"))
                        .filter(p -> Files.isDirectory(p.resolve("lucene")))
                        .findFirst();
                if (tmp.isPresent()) {
                    return tmp.get();
                }
            }
            if (!child.isAlive()) {
                fail("child exited with " + child.exitValue() + " before building:\n" + Files.readString(log));
            }
            Thread.sleep(5);
        }
        fail("no build directory appeared within " + timeout + ":\n" + Files.readString(log));
        return null;
    }

    // ---------------------------------------------------------------- questions during rebuilds

    @Test
    void questionsDuringRebuildsAreAnsweredEntirelyFromOneCorpus() throws Exception {
        // B lists the entries in reverse, so answering with A's model but B's ids would name the wrong entry
        List<FaqEntry> a = Corpora.withIdPrefix("a-", Corpora.shop());
        List<FaqEntry> reversed = new ArrayList<>(Corpora.shop());
        Collections.reverse(reversed);
        List<FaqEntry> b = Corpora.withIdPrefix("b-", reversed);
        Map<String, String> copied = new LinkedHashMap<>();
        Corpora.shop().forEach(e -> copied.put(e.alternates().get(0), e.id()));
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try (FaqIndex index = open()) {
            index.replaceAll(a);
            AtomicBoolean rebuilding = new AtomicBoolean(true);
            List<Future<Integer>> readers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                readers.add(pool.submit(() -> {
                    int count = 0;
                    do {
                        for (String q : QUESTIONS) {
                            List<Candidate> found = index.ask(q).candidates();
                            assertFalse(found.isEmpty(), q);
                            assertFromOneCorpus(q, found);
                            assertFromOneCorpus(q, index.searchBm25(q, 3));
                        }
                        copied.forEach((q, id) -> {
                            List<Candidate> found = index.ask(q).candidates();
                            assertFromOneCorpus(q, found);
                            assertEquals(id, found.get(0).faqId().substring(2), () -> q + ": " + found);
                        });
                        count++;
                    } while (rebuilding.get());
                    return count;
                }));
            }
            Future<?> writer = pool.submit(() -> {
                try {
                    for (int i = 0; i < 6; i++) {
                        index.replaceAll(i % 2 == 0 ? b : a);
                    }
                } finally {
                    rebuilding.set(false);
                }
                return null;
            });
            writer.get(120, TimeUnit.SECONDS);
            for (Future<Integer> r : readers) {
                assertTrue(r.get(60, TimeUnit.SECONDS) > 0);
            }
            assertEquals(a, index.entries());
        } finally {
            pool.shutdownNow();
        }
    }

    /** All candidates come from corpus A or all from corpus B (none at all is allowed: BM25 may find nothing). */
    private static void assertFromOneCorpus(String question, List<Candidate> candidates) {
        Set<String> corpora = candidates.stream().map(c -> c.faqId().substring(0, 2)).collect(Collectors.toSet());
        assertTrue(corpora.size() <= 1 && Set.of("a-", "b-").containsAll(corpora),
                () -> question + ": candidates from both corpora: " + candidates);
    }

    // ---------------------------------------------------------------- thresholds

    @Test
    void savedThresholdsAreStoredInThresholdsJsonAndUsedAfterReopening() throws IOException {
        Thresholds strict = new Thresholds(1.0, 1.0, 0.5, 2.0);
        try (FaqIndex index = open()) {
            index.replaceAll(Corpora.shop());
            assertEquals(Decision.ANSWER, index.ask("Where is my order?").decision());
            index.saveThresholds(strict);
            assertEquals(strict, index.thresholds());
            assertEquals(Decision.HANDOFF, index.ask("Where is my order?").decision(), "in force at once");
        }
        JsonNode json = new ObjectMapper().readTree(faqDir().resolve("thresholds.json").toFile());
        assertEquals(1.0, json.get("answer").asDouble());
        assertEquals(0.5, json.get("option_floor").asDouble());
        assertEquals(2.0, json.get("temperature").asDouble());
        try (FaqIndex reopened = open()) {
            assertEquals(strict, reopened.thresholds());
            assertEquals(Decision.HANDOFF, reopened.ask("Where is my order?").decision());
        }
    }

    @Test
    void thresholdsInUseAreNotStored() {
        try (FaqIndex index = open()) {
            index.useThresholds(new Thresholds(1.0, 1.0, 0.5, 2.0));
        }
        assertFalse(Files.exists(faqDir().resolve("thresholds.json")));
        try (FaqIndex reopened = open()) {
            assertEquals(Thresholds.DEFAULT, reopened.thresholds());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"answer\": 0.5, \"options\": ",
            "",
            "{\"answer\": 0.5, \"options\": 0.5, \"temperature\": 1}",
            "{\"answer\": 2, \"options\": 0.5, \"option_floor\": 0.1, \"temperature\": 1}",
            "[0.5, 0.5, 0.1, 1]"})
    void corruptThresholdsFileFailsOpeningNamingTheFile(String content) throws IOException {
        open().close();
        Path file = faqDir().resolve("thresholds.json");
        Files.writeString(file, content);
        FaqIndexException e = assertThrows(FaqIndexException.class, this::open);
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    // ---------------------------------------------------------------- the rebuild lock within one process

    @Test
    void openingADirectoryThisProcessIsRebuildingServesItsCurrentEntries() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (FaqIndex writer = open()) {
            writer.replaceAll(Corpora.shop());
            Future<?> rebuild = pool.submit(() -> writer.replaceAll(Corpora.generated(1500, 3)));
            awaitBuildDirectoryInProcess(rebuild);
            try (FaqIndex reader = open()) {
                assertEquals(Corpora.shop(), reader.entries());
            }
            rebuild.get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void secondRebuildInTheSameProcessWaitsOrFailsWithFaqIndexException() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (FaqIndex index = open()) {
            index.replaceAll(Corpora.shop());
            Future<?> rebuild = pool.submit(() -> index.replaceAll(Corpora.generated(1500, 3)));
            awaitBuildDirectoryInProcess(rebuild);
            try {
                index.replaceAll(Corpora.withIdPrefix("x-", Corpora.shop()));
            } catch (FaqIndexException refused) {
                assertTrue(refused.getMessage().contains(faqDir().toString()), refused.getMessage());
            }
            rebuild.get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    private void awaitBuildDirectoryInProcess(Future<?> rebuild) throws Exception {
        while (generations().stream().noneMatch(n -> n.endsWith(".tmp"))) {
            if (rebuild.isDone()) {
                rebuild.get();
                fail("the rebuild finished before the test could overlap it");
            }
            Thread.sleep(1);
        }
    }

    @Test
    void openingAndRebuildingLeaveNoFileDescriptorOnTheLockFile() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        assumeTrue(Files.isDirectory(fds), "needs /proc");
        try (FaqIndex index = open()) {
            index.replaceAll(Corpora.shop());
        }
        for (int i = 0; i < 3; i++) {
            open().close();
        }
        Path lockFile = faqDir().resolve("write.lock").toRealPath();
        long open;
        try (Stream<Path> s = Files.list(fds)) {
            open = s.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(lockFile);
                } catch (IOException | UnsupportedOperationException gone) {
                    return false;
                }
            }).count();
        }
        assertEquals(0, open, "descriptors still open on " + lockFile);
    }
}
