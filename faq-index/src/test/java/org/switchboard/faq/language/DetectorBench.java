package org.switchboard.faq.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;
import org.switchboard.faq.Language;

/**
 * Measures the detector: accuracy by input length, the Vietnamese cue rule's hits and false
 * alarms, warm latency, and a lock against OpenNLP's per-thread detector under 8 threads. Not a
 * test; run it by hand from the project root:
 *
 * <pre>
 * mvn -q -pl faq-index test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * cd faq-index && java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.switchboard.faq.language.DetectorBench [path/to/clinc150/data_full.json]
 * </pre>
 */
public final class DetectorBench {
    private static final int[] SIZES = {0, 6, 4, 3, 2, 1};

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        LanguageDetectorModel model = ModelRanker.readModel(LanguageDetector.MODEL_RESOURCE);
        System.out.printf("model load: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        LanguageDetector detector = LanguageDetector.load();
        Map<String, Sample> samples = samples(args);
        accuracy(detector, samples);
        cues(samples);
        latency(detector, samples);
        concurrency(model, samples);
    }

    record Sample(Language language, List<String> texts) { }

    private static Map<String, Sample> samples(String[] args) throws Exception {
        Map<String, Sample> s = new LinkedHashMap<>();
        for (Language l : Language.values()) {
            s.put(l.code(), new Sample(l, Questions.of(l)));
        }
        s.put("vi-nd", new Sample(Language.VIETNAMESE,
                Questions.of(Language.VIETNAMESE).stream().map(Questions::withoutDiacritics).toList()));
        Path clinc = Path.of(args.length > 0 ? args[0] : "../../shared/data/clinc150/data_full.json");
        if (Files.exists(clinc)) {
            List<String> test = new ArrayList<>();
            for (JsonNode item : new ObjectMapper().readTree(clinc.toFile()).get("test")) {
                test.add(item.get(0).asText());
            }
            s.put("en-clinc", new Sample(Language.ENGLISH, test));
        } else {
            System.out.println("(no CLINC150 at " + clinc.toAbsolutePath() + "; English CLINC rows skipped)");
        }
        return s;
    }

    /** Per sample and chunk size: % correct / % fallback / % wrong, with the fallback a language never in the sample. */
    private static void accuracy(LanguageDetector detector, Map<String, Sample> samples) {
        System.out.println("\naccuracy, % correct/fallback/wrong (chunks are consecutive words; 0 = whole question)");
        System.out.printf("%-9s", "");
        for (int n : SIZES) {
            System.out.printf("%16s", n == 0 ? "whole" : n == 6 ? "first 6" : n + "-word");
        }
        System.out.println();
        samples.forEach((name, sample) -> {
            System.out.printf("%-9s", name);
            for (int n : SIZES) {
                int[] c = new int[3];
                for (String text : sample.texts()) {
                    List<String> parts = n == 6 ? Questions.chunks(text, 6).stream().limit(1).toList() : Questions.chunks(text, n);
                    for (String part : parts) {
                        Detection d = detector.detectVerbose(part, other(sample.language()));
                        c[d.isFallback() ? 1 : d.language() == sample.language() ? 0 : 2]++;
                    }
                }
                int total = c[0] + c[1] + c[2];
                System.out.printf("%16s", total == 0 ? "-" : pct(c[0], total) + "/" + pct(c[1], total) + "/" + pct(c[2], total));
            }
            System.out.println();
        });
    }

    private static Language other(Language l) {
        return l == Language.ARABIC ? Language.GREEK : Language.ARABIC;
    }

    /** How often each cue rule fires on 1-3 and 4-6 word chunks, per sample. */
    private static void cues(Map<String, Sample> samples) {
        Map<String, Predicate<List<String>>> rules = new LinkedHashMap<>();
        rules.put(">=2 cues and >=half", w -> VietnameseCues.cueWords(w) >= 2 && VietnameseCues.cueWords(w) * 2 >= w.size());
        rules.put(">=1 cue and >=half", w -> VietnameseCues.cueWords(w) >= 1 && VietnameseCues.cueWords(w) * 2 >= w.size());
        rules.put(">=1 cue and >=half, >=2 words (chosen)", w -> VietnameseCues.decide(VietnameseCues.cueWords(w), w.size()));
        rules.put("all words cues", w -> !w.isEmpty() && VietnameseCues.cueWords(w) == w.size());
        System.out.println("\ncue rule fires, % of chunks (vi-nd: hits; others: false alarms)");
        for (int[] range : new int[][] {{1, 1}, {2, 2}, {3, 3}, {4, 6}}) {
            rules.forEach((ruleName, rule) -> {
                System.out.printf("  %d-%d words, %-41s", range[0], range[1], ruleName);
                samples.forEach((name, sample) -> {
                    int fired = 0;
                    int total = 0;
                    for (int n = range[0]; n <= range[1]; n++) {
                        for (String text : sample.texts()) {
                            for (String chunk : Questions.chunks(text, n)) {
                                fired += rule.test(TextProfile.of(chunk).words()) ? 1 : 0;
                                total++;
                            }
                        }
                    }
                    System.out.printf(" %s %.1f%%", name, 100.0 * fired / total);
                });
                System.out.println();
            });
        }
    }

    private static List<String> inputs(Map<String, Sample> samples) {
        List<String> in = new ArrayList<>();
        samples.values().forEach(s -> s.texts().stream().limit(200).forEach(t -> {
            in.add(t);
            in.addAll(Questions.chunks(t, 3));
        }));
        return in;
    }

    private static void latency(LanguageDetector detector, Map<String, Sample> samples) {
        List<String> in = inputs(samples);
        List<String> long4 = in.stream().filter(t -> TextProfile.of(t).words().size() >= LanguageDetector.MIN_WORDS).toList();
        for (int round = 0; round < 5; round++) {
            double all = perCallMs(detector, in, 20_000);
            double model = perCallMs(detector, long4, 20_000);
            System.out.printf("%nlatency round %d: %.4f ms per call over %d mixed inputs; %.4f ms over the %d that reach the model",
                    round, all, in.size(), model, long4.size());
        }
        System.out.println();
    }

    /** Mean wall time of one {@code detect} call, over about {@code calls} calls cycling through the inputs. */
    static double perCallMs(LanguageDetector detector, List<String> inputs, int calls) {
        int reps = Math.max(1, calls / inputs.size());
        long t = System.nanoTime();
        for (int r = 0; r < reps; r++) {
            for (String s : inputs) {
                detector.detect(s, Language.ENGLISH);
            }
        }
        return (System.nanoTime() - t) / 1e6 / ((long) reps * inputs.size());
    }

    private static void concurrency(LanguageDetectorModel model, Map<String, Sample> samples) throws Exception {
        List<String> in = inputs(samples).stream().filter(t -> TextProfile.of(t).words().size() >= 4).toList();
        ModelRanker perThread = ModelRanker.threadSafe(model);
        LanguageDetectorME shared = new LanguageDetectorME(model);
        ModelRanker locked = new ModelRanker(new opennlp.tools.langdetect.LanguageDetector() {
            @Override public synchronized opennlp.tools.langdetect.Language[] predictLanguages(CharSequence s) { return shared.predictLanguages(s); }
            @Override public synchronized opennlp.tools.langdetect.Language predictLanguage(CharSequence s) { return shared.predictLanguage(s); }
            @Override public String[] getSupportedLanguages() { return shared.getSupportedLanguages(); }
        });
        System.out.printf("%nconcurrency, %d model calls per thread, wall ms over 7 rounds in alternating order (%d cores)%n",
                in.size() * 10, Runtime.getRuntime().availableProcessors());
        for (int threads : new int[] {1, 8}) {
            List<Double> perThreadMs = new ArrayList<>();
            List<Double> lockedMs = new ArrayList<>();
            for (int round = 0; round < 7; round++) {
                boolean lockFirst = round % 2 == 1;
                if (lockFirst) {
                    lockedMs.add(wallMs(locked, in, threads));
                }
                perThreadMs.add(wallMs(perThread, in, threads));
                if (!lockFirst) {
                    lockedMs.add(wallMs(locked, in, threads));
                }
            }
            System.out.printf("  %d thread(s): ThreadLocal median %.0f (min %.0f), lock median %.0f (min %.0f)%n", threads,
                    median(perThreadMs), min(perThreadMs), median(lockedMs), min(lockedMs));
        }
    }

    private static double median(List<Double> xs) {
        return xs.stream().sorted().toList().get(xs.size() / 2);
    }

    private static double min(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double wallMs(ModelRanker ranker, List<String> in, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            done.add(pool.submit(() -> {
                for (int r = 0; r < 10; r++) {
                    in.forEach(ranker::rank);
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return (System.nanoTime() - t) / 1e6;
    }

    private static String pct(int part, int whole) {
        return String.valueOf(Math.round(100.0 * part / whole));
    }
}
