package org.switchboard.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.bot.event.AnswerGiven;
import org.switchboard.bot.event.ClarificationAsked;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.HandoffReason;
import org.switchboard.bot.event.HandoffRequested;
import org.switchboard.bot.event.MessageReceived;
import org.switchboard.bot.event.OptionsOffered;
import org.switchboard.bot.event.QuickReply;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.FaqIndexConfig;
import org.switchboard.faq.FaqResources;
import org.switchboard.faq.Language;
import org.switchboard.faq.Thresholds;
import org.switchboard.faq.io.FaqImporter;

/** The bot over the real FAQ index and the demo corpus (config/faq/demo.yaml), built once for the class. */
class BotWithFaqIndexTest {
    @TempDir
    static Path data;
    private static FaqIndex index;
    private static FaqSearch faq;

    @BeforeAll
    static void buildTheDemoIndex() throws Exception {
        index = FaqIndex.open(data, FaqIndexConfig.defaults(), FaqResources.load());
        index.replaceAll(FaqImporter.create(Language.ENGLISH).read(Fixtures.CONFIG_DIR.resolve("faq").resolve("demo.yaml")));
        faq = FaqSearch.of(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static Chat chat(Language language) {
        Chat chat = Chat.inHours(faq);
        chat.start(language);
        return chat;
    }

    @Test
    void answersAnEnglishQuestionWithItsEntryAndFollowUps() {
        Chat chat = chat(Language.ENGLISH);

        AnswerGiven answer = Chat.one(chat.say("I forgot my password and can't log in"), AnswerGiven.class);

        assertEquals("reset-password", answer.faqId());
        assertEquals(index.entry("reset-password").orElseThrow().answer(), answer.text());
        assertEquals(List.of(new QuickReply("faq:change-email", "How do I change my email address?"),
                new QuickReply("faq:sign-up", index.entry("sign-up").orElseThrow().question())), answer.quickReplies());
    }

    @Test
    void answersAVietnameseQuestionInVietnamese() {
        Chat chat = chat(Language.VIETNAMESE);

        List<ConversationEvent> events = chat.say("Tôi quên mật khẩu rồi, làm sao đăng nhập?");

        assertEquals(Language.VIETNAMESE, Chat.one(events, MessageReceived.class).language());
        AnswerGiven answer = Chat.one(events, AnswerGiven.class);
        assertEquals("reset-password", answer.faqId());
        assertTrue(answer.text().startsWith("Vào trang đăng nhập"), answer.text());
    }

    @Test
    void answersAnArabicQuestionInArabic() {
        Chat chat = chat(Language.ARABIC);

        AnswerGiven answer = Chat.one(chat.say("نسيت كلمة المرور، كيف أدخل إلى حسابي؟"), AnswerGiven.class);

        assertEquals("reset-password", answer.faqId());
        assertTrue(answer.text().startsWith("افتح صفحة تسجيل الدخول"), answer.text());
    }

    @Test
    void aChosenFollowUpIsAnsweredInTheVisitorsLanguage() {
        Chat chat = chat(Language.GREEK);
        chat.say("Ξέχασα τον κωδικό μου και δεν μπορώ να συνδεθώ");

        AnswerGiven followUp = Chat.one(chat.choose("faq:change-email"), AnswerGiven.class);

        assertEquals(index.entry("change-email").orElseThrow().translations().get(Language.GREEK).answer(), followUp.text());
    }

    @Test
    void offersTheCandidatesWhenNoneIsClearlyBest() {
        Thresholds usual = index.thresholds();
        index.useThresholds(usual.withDecisions(0.8, usual.options(), usual.optionFloor())); // answer only when quite sure
        try {
            Chat chat = chat(Language.ENGLISH);

            OptionsOffered offered = Chat.one(chat.say("payment"), OptionsOffered.class);

            assertEquals(List.of("instalments", "payment-declined"), offered.faqIds());
            assertEquals(List.of("faq:instalments", "faq:payment-declined", "none"),
                    offered.quickReplies().stream().map(QuickReply::id).toList());
            assertEquals("payment-declined", Chat.one(chat.choose("faq:payment-declined"), AnswerGiven.class).faqId());
        } finally {
            index.useThresholds(usual);
        }
    }

    @Test
    void anOutOfScopeQuestionGetsOneClarificationThenAPerson() {
        Chat chat = chat(Language.ENGLISH);

        Chat.one(chat.say("who won the football match last night"), ClarificationAsked.class);
        List<ConversationEvent> second = chat.say("what's the weather like in athens tomorrow");

        assertEquals(HandoffReason.NO_ANSWER, Chat.one(second, HandoffRequested.class).reason());
    }

    @Test
    void askingForAPersonInWordsIsAHandoffNotTheFaqEntryAboutIt() {
        Chat chat = chat(Language.VIETNAMESE);

        List<ConversationEvent> events = chat.say("Cho tôi nói chuyện với nhân viên");

        assertEquals(HandoffReason.VISITOR_ASKED, Chat.one(events, HandoffRequested.class).reason());
        assertEquals(List.of(), Chat.all(events, AnswerGiven.class));
    }

    @Test
    void everyReplyIsAnAnswerOptionsAClarificationOrAPerson() {
        for (String question : List.of("how much is shipping on a 30 euro order", "delivery", "refund",
                "can I send back headphones I already opened", "do you sell garden furniture")) {
            Chat chat = chat(Language.ENGLISH);
            List<ConversationEvent> events = chat.say(question);
            int replies = Chat.all(events, AnswerGiven.class).size() + Chat.all(events, OptionsOffered.class).size()
                    + Chat.all(events, ClarificationAsked.class).size() + Chat.all(events, HandoffRequested.class).size();
            assertEquals(1, replies, question + ": " + events);
        }
    }
}
