package org.switchboard.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.bot.event.AnswerGiven;
import org.switchboard.bot.event.BotReplied;
import org.switchboard.bot.event.ClarificationAsked;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.HelpfulnessAnswered;
import org.switchboard.bot.event.HelpfulnessAsked;
import org.switchboard.bot.event.MessageReceived;
import org.switchboard.bot.event.QuickReply;
import org.switchboard.bot.event.QuickReplySelected;
import org.switchboard.bot.event.TypingStarted;
import org.switchboard.bot.phrasing.Phrase;
import org.switchboard.faq.Language;

class AnswerTest {
    private final ScriptedFaq faq = ScriptedFaq.shop()
            .answers("where is my parcel", Language.ENGLISH, "track-order")
            .answers("đơn hàng của tôi đâu rồi", Language.VIETNAMESE, "track-order")
            .answers("أين طلبي", Language.ARABIC, "track-order")
            .answers("how do returns work", Language.ENGLISH, "return-item")
            .answers("πώς κάνω επιστροφή", Language.GREEK, "return-item");
    private final Chat chat = Chat.inHours(faq);

    @Test
    void acknowledgesEveryMessageAtOnceBeforeAnythingElse() {
        chat.start(Language.ENGLISH);

        List<ConversationEvent> events = chat.say("where is my parcel");

        assertEquals(new MessageReceived(chat.clock.instant(), "where is my parcel", Language.ENGLISH), events.get(0));
        assertEquals(new TypingStarted(chat.clock.instant()), events.get(1));
    }

    @Test
    void acknowledgesAChosenQuickReplyTheSameWay() {
        chat.start(Language.ENGLISH);
        chat.say("where is my parcel");

        List<ConversationEvent> events = chat.choose("faq:delivery-costs");

        assertEquals(List.of(QuickReplySelected.class, TypingStarted.class), Chat.shape(events).subList(0, 2));
        assertEquals("How much is delivery?", ((QuickReplySelected) events.get(0)).label());
    }

    @Test
    void answersWithTheEntryThenAsksWhetherItHelpedWithYesAndNo() {
        chat.start(Language.ENGLISH);

        List<ConversationEvent> events = chat.say("where is my parcel");

        assertEquals(List.of(MessageReceived.class, TypingStarted.class, AnswerGiven.class, HelpfulnessAsked.class),
                Chat.shape(events));
        AnswerGiven answer = (AnswerGiven) events.get(2);
        assertEquals("track-order", answer.faqId());
        assertEquals("Open the link in your shipping email to see where your parcel is.", answer.text());
        assertEquals(0.9, answer.confidence());
        HelpfulnessAsked asked = (HelpfulnessAsked) events.get(3);
        assertEquals("Did that help?", asked.text());
        assertEquals(List.of(new QuickReply("yes", "Yes"), new QuickReply("no", "No")), asked.quickReplies());
    }

    @Test
    void offersTheEntrysFollowUpsAsQuickReplies() {
        chat.start(Language.ENGLISH);

        AnswerGiven answer = Chat.one(chat.say("where is my parcel"), AnswerGiven.class);

        assertEquals(List.of(new QuickReply("faq:delivery-costs", "How much is delivery?"),
                new QuickReply("faq:return-item", "How do I return an item?")), answer.quickReplies());
    }

    @Test
    void answersInVietnameseFromTheTranslationWithFollowUpsInVietnamese() {
        chat.start(Language.VIETNAMESE);

        List<ConversationEvent> events = chat.say("đơn hàng của tôi đâu rồi");

        AnswerGiven answer = Chat.one(events, AnswerGiven.class);
        assertEquals("Bạn mở đường link trong email giao hàng để xem bưu kiện đang ở đâu.", answer.text());
        assertEquals("Phí giao hàng là bao nhiêu?", answer.quickReplies().get(0).label());
        assertEquals("How do I return an item?", answer.quickReplies().get(1).label(), "no translation: its own question");
        HelpfulnessAsked asked = Chat.one(events, HelpfulnessAsked.class);
        assertEquals("Câu trả lời này có giúp được bạn không?", asked.text());
        assertEquals(List.of("Có", "Không"), asked.quickReplies().stream().map(QuickReply::label).toList());
    }

    @Test
    void answersInArabicFromTheTranslation() {
        chat.start(Language.ARABIC);

        List<ConversationEvent> events = chat.say("أين طلبي");

        assertEquals("افتح الرابط في رسالة الشحن لترى أين طردك.", Chat.one(events, AnswerGiven.class).text());
        assertEquals("هل ساعدك هذا؟", Chat.one(events, HelpfulnessAsked.class).text());
    }

    @Test
    void answersWithTheEntrysOwnTextWhenItHasNoTranslation() {
        chat.start(Language.GREEK);

        List<ConversationEvent> events = chat.say("πώς κάνω επιστροφή");

        assertEquals("You can return any item within 30 days, free of charge.", Chat.one(events, AnswerGiven.class).text());
        assertEquals("Σας βοήθησε αυτό;", Chat.one(events, HelpfulnessAsked.class).text());
    }

    @Test
    void continuesInTheLanguageTheVisitorWritesIn() {
        chat.start(Language.ENGLISH);

        List<ConversationEvent> events = chat.say("đơn hàng của tôi đâu rồi");

        assertEquals(Language.VIETNAMESE, Chat.one(events, MessageReceived.class).language());
        assertEquals(Language.VIETNAMESE, chat.conversation.language());
        assertEquals("Câu trả lời này có giúp được bạn không?", Chat.one(events, HelpfulnessAsked.class).text());
    }

    @Test
    void answersAChosenFollowUpWithFullConfidence() {
        chat.start(Language.ENGLISH);
        chat.say("where is my parcel");

        AnswerGiven answer = Chat.one(chat.choose("faq:delivery-costs"), AnswerGiven.class);

        assertEquals("delivery-costs", answer.faqId());
        assertEquals(1.0, answer.confidence());
    }

    @Test
    void yesIsRecordedAndTheVisitorThanked() {
        chat.start(Language.ENGLISH);
        chat.say("where is my parcel");

        List<ConversationEvent> events = chat.choose("yes");

        assertEquals(new HelpfulnessAnswered(chat.clock.instant(), "track-order", true),
                Chat.one(events, HelpfulnessAnswered.class));
        assertEquals(Fixtures.text(Language.ENGLISH, Phrase.HELPFUL_GLAD), Chat.one(events, BotReplied.class).text());
        assertTrue(Chat.one(events, BotReplied.class).text().contains("Thank you"));
    }

    @Test
    void aTypedYesInArabicAnswersTheQuestionToo() {
        chat.start(Language.ARABIC);
        chat.say("أين طلبي");

        List<ConversationEvent> events = chat.say("نعم");

        assertTrue(Chat.one(events, HelpfulnessAnswered.class).helpful());
        assertEquals(Fixtures.text(Language.ARABIC, Phrase.HELPFUL_GLAD), Chat.one(events, BotReplied.class).text());
        assertEquals(List.of("أين طلبي"), faq.asked.subList(0, 1));
    }

    @Test
    void theFirstNoIsMetWithSorryAndOneRequestToSayMore() {
        chat.start(Language.ENGLISH);
        chat.say("where is my parcel");

        List<ConversationEvent> events = chat.say("No, that didn't help");

        assertEquals(false, Chat.one(events, HelpfulnessAnswered.class).helpful());
        ClarificationAsked asked = Chat.one(events, ClarificationAsked.class);
        assertEquals(Fixtures.text(Language.ENGLISH, Phrase.HELPFUL_SORRY), asked.text());
        assertEquals(List.of(new QuickReply("person", "Talk to a person")), asked.quickReplies());
    }

    @Test
    void yesWithNoQuestionPendingIsJustAMessage() {
        chat.start(Language.ENGLISH);

        List<ConversationEvent> events = chat.say("yes");

        assertEquals(List.of(), Chat.all(events, HelpfulnessAnswered.class));
        Chat.one(events, ClarificationAsked.class);
    }

    @Test
    void thanksTheVisitorForTheirThanks() {
        chat.start(Language.ENGLISH);

        List<ConversationEvent> events = chat.say("Thanks!");

        assertEquals(List.of(MessageReceived.class, TypingStarted.class, BotReplied.class), Chat.shape(events));
        assertEquals(Fixtures.text(Language.ENGLISH, Phrase.THANKS_REPLY), ((BotReplied) events.get(2)).text());
    }

    @Test
    void thanksTheVisitorInVietnamese() {
        faq.weak("Cảm ơn nhiều", Language.VIETNAMESE, "track-order");
        chat.start(Language.VIETNAMESE);

        List<ConversationEvent> events = chat.say("Cảm ơn nhiều");

        assertEquals("Không có gì ạ! Bạn có cần tôi giúp gì nữa không?", Chat.one(events, BotReplied.class).text());
        assertEquals(List.of(), Chat.all(events, ClarificationAsked.class), "thanks is not a question");
    }
}
