package org.switchboard.listener.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.faq.Language;

class MentionClassifierTest {
    private static MentionClassifier classifier;

    @BeforeAll
    static void load() {
        classifier = MentionClassifier.loadDefault();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|@AcmeHelp my broadband has been down for two days and nobody calls me back",
            "en|Paying for fibre and getting 3 Mbps all week, this is unacceptable Acme",
            "vi|Mạng Acme mất từ hôm qua, gọi tổng đài mãi không ai nghe máy",
            "el|Δεν έχω ίντερνετ από χθες και κανείς δεν απαντά στο τηλέφωνο της Acme",
            "tl|Wala pa rin kaming internet, ang bagal ng Acme, nakakainis",
            "ar|الإنترنت مقطوع منذ يومين ولا أحد يرد على الهاتف"})
    void complaintsAreComplaintsAndNegative(String language, String text) {
        Labels l = classifier.classify(text, Language.of(language));
        assertTrue(l.complaint(), l.toString());
        assertEquals(Sentiment.NEGATIVE, l.sentiment(), l.toString());
        assertTrue(l.complaintConfidence() > 0.5, l.toString());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|Thank you @AcmeHelp, the engineer was brilliant and fixed everything. Great service!",
            "vi|Cảm ơn Acme, nhân viên hỗ trợ rất nhiệt tình, rất hài lòng",
            "el|Ευχαριστώ πολύ Acme, η εξυπηρέτηση ήταν υπέροχη",
            "tl|Salamat Acme, ang bilis at ang ganda ng serbisyo",
            "ar|شكرا أكمي، الخدمة ممتازة والموظف كان رائعا"})
    void praiseIsPositiveAndNoComplaint(String language, String text) {
        Labels l = classifier.classify(text, Language.of(language));
        assertEquals(Sentiment.POSITIVE, l.sentiment(), l.toString());
        assertTrue(!l.complaint(), l.toString());
        assertTrue(!l.abusive(), l.toString());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|@AcmeHelp does the unlimited plan include calls to Europe?",
            "vi|Acme có gói cước nào cho học sinh không ạ?",
            "el|Τι ώρα κλείνει το κατάστημα της Acme;",
            "tl|Magkano po ang unlimited plan ng Acme?",
            "ar|كم سعر الباقة غير المحدودة من أكمي؟"})
    void questionsAreQuestions(String language, String text) {
        Labels l = classifier.classify(text, Language.of(language));
        assertTrue(l.question(), l.toString());
        assertTrue(!l.abusive(), l.toString());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|@AcmeHelp you are useless idiots and morons",
            "vi|Nhân viên Acme đúng là lũ ngu",
            "el|Ηλίθιοι και άχρηστοι όλοι στην Acme",
            "tl|Mga gago at bobo kayo sa Acme",
            "ar|يا أغبياء أكمي يا حمير"})
    void insultsAreAbusive(String language, String text) {
        Labels l = classifier.classify(text, Language.of(language));
        assertTrue(l.abusive(), l.toString());
    }

    @Test
    void confidencesAreProbabilitiesOfTheLabelGiven() {
        for (String text : List.of("", "!!!", "ok", "@acme", "http://x.example", "😡😡😡", "ΑΑΑ", "١٢٣",
                "a".repeat(5000))) {
            for (Language language : Language.values()) {
                Labels l = classifier.classify(text, language);
                for (double c : new double[] {l.sentimentConfidence(), l.complaintConfidence(),
                        l.questionConfidence(), l.abusiveConfidence()}) {
                    assertTrue(c >= 0 && c <= 1, l.toString());
                }
                assertTrue(l.complaintConfidence() >= 0.5 && l.questionConfidence() >= 0.5
                        && l.abusiveConfidence() >= 0.5 && l.sentimentConfidence() >= 1.0 / 3, l.toString());
            }
        }
    }

    @Test
    void isThreadSafe() throws Exception {
        List<String> texts = List.of("@AcmeHelp internet down again!!", "Thanks Acme, great service",
                "Γιατί δεν έχω σήμα;", "Mga gago kayo");
        List<Labels> expected = texts.stream().map(t -> classifier.classify(t, Language.ENGLISH)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 2000; i++) {
                        int k = i % texts.size();
                        if (!classifier.classify(texts.get(k), Language.ENGLISH).equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertTrue(r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
