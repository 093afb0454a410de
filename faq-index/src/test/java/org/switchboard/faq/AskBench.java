package org.switchboard.faq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times {@link FaqIndex#ask} on the demo corpus: the questions of
 * {@code config/faq/demo-checks.jsonl}, round after round on one thread, reporting the best and
 * median CPU microseconds per question over the rounds (the thread's CPU time, less disturbed by
 * other load than wall time). With {@code --record FILE} it also writes
 * every answer (decision, candidates, probabilities as exact bits) to compare two builds. Not a
 * test; run it by hand from the project root:
 *
 * <pre>
 * mvn -q -o -pl faq-index test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * cd faq-index && java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.switchboard.faq.AskBench [--rounds 30] [--record answers.txt]
 * </pre>
 */
public final class AskBench {
    private static final int ASKS_PER_ROUND = 20_000;

    public static void main(String[] args) throws Exception {
        int rounds = 30;
        Path record = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--record" -> record = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<String> questions = checkQuestions();
        Path dir = Files.createTempDirectory("askbench");
        try (FaqIndex index = FaqIndex.open(dir, FaqIndexConfig.defaults())) {
            index.replaceAll(Corpora.demo());
            if (record != null) {
                record(index, questions, record);
            }
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long[] perRound = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < ASKS_PER_ROUND; i++) {
                    index.ask(questions.get(i % questions.size()), Language.ENGLISH);
                }
                perRound[r] = cpu.getCurrentThreadCpuTime() - t0;
            }
            long[] sorted = perRound.clone();
            java.util.Arrays.sort(sorted);
            System.out.printf("ask, demo corpus, %d questions: best %.1f us, median %.1f us CPU per question (%d rounds of %d)%n",
                    questions.size(), sorted[0] / 1e3 / ASKS_PER_ROUND, sorted[rounds / 2] / 1e3 / ASKS_PER_ROUND,
                    rounds, ASKS_PER_ROUND);
        }
    }

    /** The questions of {@code config/faq/demo-checks.jsonl}, in file order. */
    static List<String> checkQuestions() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(Corpora.DEMO.resolveSibling("demo-checks.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode n = json.readTree(line);
                out.add(n.get("question").asText());
            }
        }
        return out;
    }

    /** One line per question: the question, the language, the decision and each candidate with its exact probability. */
    static String describe(FaqAnswer a) {
        StringBuilder b = new StringBuilder().append(a.language()).append(' ').append(a.decision())
                .append(' ').append(bits(a.confidence()));
        return b.append(describe(a.candidates())).toString();
    }

    static String describe(List<Candidate> candidates) {
        StringBuilder b = new StringBuilder();
        for (Candidate c : candidates) {
            b.append(' ').append(c.faqId()).append('=').append(bits(c.confidence()));
        }
        return b.toString();
    }

    private static String bits(double d) {
        return Long.toHexString(Double.doubleToLongBits(d));
    }

    private static void record(FaqIndex index, List<String> questions, Path file) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            for (String q : questions) {
                for (Language fallback : Language.values()) {
                    out.println(q + "\t" + fallback + "\t" + describe(index.ask(q, fallback))
                            + "\tall" + describe(index.rank(q, fallback, Integer.MAX_VALUE)));
                }
            }
        }
    }
}
