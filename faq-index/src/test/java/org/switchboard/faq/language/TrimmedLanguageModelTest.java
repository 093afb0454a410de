package org.switchboard.faq.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.Test;

/** The shipped language model against OpenNLP's full model it was trimmed from. */
class TrimmedLanguageModelTest {
    private static final LanguageDetectorModel FULL = ModelRanker.readModel(LanguageModelTrimmer.FULL_MODEL);

    @Test
    void theShippedModelRanksTheSupportedLanguagesExactlyAsTheFullModel() {
        ModelRanker full = ModelRanker.threadSafe(FULL);
        ModelRanker shipped = ModelRanker.threadSafe(ModelRanker.readModel(LanguageDetector.MODEL_RESOURCE));
        List<String> texts = new ArrayList<>();
        Questions.all().forEach(q -> texts.add(q.text()));
        texts.addAll(List.of("ok", "?", "1234", "Hi po", "refund!!!", "xin chao", "γεια", "مرحبا", "", "    "));
        assertTrue(texts.size() > 100, "questions.tsv has the labelled questions: " + texts.size());
        for (String text : texts) {
            Optional<Detection> f = full.rank(text);
            Optional<Detection> s = shipped.rank(text);
            assertEquals(f.map(Detection::language), s.map(Detection::language), text);
            if (f.isPresent()) {
                assertEquals(f.get().confidence(), s.get().confidence(), 1e-9, text);
            }
        }
    }

    @Test
    void trimmingAgainGivesTheSameModelAsTheShippedOne() throws Exception {
        ModelRanker again = ModelRanker.threadSafe(LanguageModelTrimmer.trim(FULL));
        ModelRanker shipped = ModelRanker.threadSafe(ModelRanker.readModel(LanguageDetector.MODEL_RESOURCE));
        for (Questions.Question q : Questions.all()) {
            assertEquals(again.rank(q.text()), shipped.rank(q.text()), q.text());
        }
    }
}
