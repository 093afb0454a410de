package org.switchboard.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.faq.Candidate;
import org.switchboard.faq.Decision;
import org.switchboard.faq.FaqAnswer;
import org.switchboard.faq.Language;

class AnswerJsonTest {
    @Test
    void answerNamesTheEntryAndListsCandidatesBestFirst() {
        FaqAnswer a = new FaqAnswer("how do I reset my password?", Language.ENGLISH, Decision.ANSWER, 0.91234,
                List.of(new Candidate("reset-password", 0.91234), new Candidate("change-email", 0.05)));
        assertEquals("{\"question\":\"how do I reset my password?\",\"language\":\"en\",\"decision\":\"answer\","
                + "\"faq_id\":\"reset-password\",\"confidence\":0.9123,\"candidates\":["
                + "{\"faq_id\":\"reset-password\",\"confidence\":0.9123},{\"faq_id\":\"change-email\",\"confidence\":0.05}]}",
                AnswerJson.line(a));
    }

    @Test
    void optionsHaveNoFaqId() {
        FaqAnswer a = new FaqAnswer("refund", Language.ENGLISH, Decision.OPTIONS, 0.4,
                List.of(new Candidate("refund-policy", 0.4), new Candidate("refund-status", 0.35)));
        assertEquals("{\"question\":\"refund\",\"language\":\"en\",\"decision\":\"options\",\"faq_id\":null,"
                + "\"confidence\":0.4,\"candidates\":[{\"faq_id\":\"refund-policy\",\"confidence\":0.4},"
                + "{\"faq_id\":\"refund-status\",\"confidence\":0.35}]}", AnswerJson.line(a));
    }

    @Test
    void handoffWithoutCandidates() {
        FaqAnswer a = new FaqAnswer("Tôi muốn nói chuyện với \"người thật\"", Language.VIETNAMESE, Decision.HANDOFF, 0,
                List.of());
        assertEquals("{\"question\":\"Tôi muốn nói chuyện với \\\"người thật\\\"\",\"language\":\"vi\","
                + "\"decision\":\"handoff\",\"faq_id\":null,\"confidence\":0.0,\"candidates\":[]}", AnswerJson.line(a));
    }

    @Test
    void handoffKeepsItsCandidatesButNamesNoEntry() {
        FaqAnswer a = new FaqAnswer("ما هي ساعات العمل", Language.ARABIC, Decision.HANDOFF, 0.1,
                List.of(new Candidate("hours", 0.1)));
        assertEquals("{\"question\":\"ما هي ساعات العمل\",\"language\":\"ar\",\"decision\":\"handoff\",\"faq_id\":null,"
                + "\"confidence\":0.1,\"candidates\":[{\"faq_id\":\"hours\",\"confidence\":0.1}]}", AnswerJson.line(a));
    }

    @Test
    void confidencesAreRoundedHalfUpToFourDecimals() {
        assertEquals(0.1235, AnswerJson.round4(0.12345));
        assertEquals(0.1234, AnswerJson.round4(0.123449));
        assertEquals(1.0, AnswerJson.round4(0.99996));
        assertEquals(0.0, AnswerJson.round4(0.00004));
    }
}
