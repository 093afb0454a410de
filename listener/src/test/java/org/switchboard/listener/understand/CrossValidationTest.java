package org.switchboard.listener.understand;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.faq.Language;

class CrossValidationTest {
    private static final ModelTrainer TRAINER = ModelTrainer.STANDARD;

    /** 10 complaints, 10 thanks, and one thanks labelled as a complaint. */
    private static List<LabelledPost> synthetic() {
        String[] complaints = {"outage again", "internet broken", "no signal outage", "broken router", "outage all day",
            "signal broken", "outage, refund never came", "outage broken", "no refund, broken", "broken again"};
        String[] thanks = {"thanks great", "great service thanks", "thanks, great love", "thanks love great",
            "great great thanks", "thanks so much, great", "great, love the thanks", "great thanks", "thanks great day",
            "many thanks, great"};
        List<LabelledPost> posts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            posts.add(new LabelledPost("c" + i, complaints[i], "complaint", Language.ENGLISH));
            posts.add(new LabelledPost("t" + i, thanks[i], "not_complaint", Language.ENGLISH));
        }
        posts.add(new LabelledPost("noise", "thanks great", "complaint", Language.ENGLISH));
        return posts;
    }

    @Test
    void figuresMatchTheHandCount() {
        // Every held-out post is predicted from its words; the mislabelled thanks is predicted not_complaint:
        // complaint TP 10, FN 1, FP 0; not_complaint TP 10, FP 1.
        // P(c) = 1, R(c) = 10/11, F1(c) = 20/21; P(n) = 10/11, R(n) = 1, F1(n) = 20/21; accuracy 20/21.
        Scores s = CrossValidation.run(Task.COMPLAINT, synthetic(), TRAINER, 5, CrossValidation.DEFAULT_SEED);
        assertArrayEquals(new long[][] {{10, 1}, {0, 10}}, s.confusion());
        assertEquals(1.0, s.precision(0), 1e-12);
        assertEquals(10.0 / 11, s.recall(0), 1e-12);
        assertEquals(20.0 / 21, s.f1(0), 1e-12);
        assertEquals(10.0 / 11, s.precision(1), 1e-12);
        assertEquals(20.0 / 21, s.macroF1(), 1e-12);
        assertEquals(20.0 / 21, s.accuracy(), 1e-12);
    }

    @Test
    void theSameSeedGivesTheSameFigures() {
        Scores a = CrossValidation.run(Task.COMPLAINT, synthetic(), TRAINER, 3, 9);
        Scores b = CrossValidation.run(Task.COMPLAINT, synthetic(), TRAINER, 3, 9);
        assertArrayEquals(a.confusion(), b.confusion());
    }

    @Test
    void tooManyFoldsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> CrossValidation.run(Task.COMPLAINT, synthetic(), TRAINER, 22, 1));
    }

    @Test
    void evaluationScoresAModelOnPostsItIsGiven() {
        List<LabelledPost> posts = synthetic();
        TaskModel model = new TaskModel(Task.COMPLAINT, TRAINER.train(Task.COMPLAINT, posts.subList(0, 20)), "test");
        Scores s = CrossValidation.evaluate(model, posts);
        assertArrayEquals(new long[][] {{10, 1}, {0, 10}}, s.confusion());
    }
}
