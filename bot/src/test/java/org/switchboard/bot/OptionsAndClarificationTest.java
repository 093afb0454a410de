package org.switchboard.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.switchboard.bot.conversation.ConversationStatus;
import org.switchboard.bot.event.AnswerGiven;
import org.switchboard.bot.event.BotMessage;
import org.switchboard.bot.event.ClarificationAsked;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.HandoffReason;
import org.switchboard.bot.event.HandoffRequested;
import org.switchboard.bot.event.MessageReceived;
import org.switchboard.bot.event.OptionsOffered;
import org.switchboard.bot.event.QuickReply;
import org.switchboard.bot.event.TypingStarted;
import org.switchboard.bot.phrasing.Phrase;
import org.switchboard.faq.Language;

class OptionsAndClarificationTest {
    private final ScriptedFaq faq = ScriptedFaq.shop()
            .options("delivery", Language.ENGLISH, "track-order", "delivery-costs", "return-item")
            .options("giao hàng", Language.VIETNAMESE, "track-order", "delivery-costs")
            .options("half gone", Language.ENGLISH, "track-order", "no-such-entry")
            .weak("my thing", Language.ENGLISH, "return-item")
            .weak("شيء ما", Language.ARABIC, "return-item")
            .answers("where is my parcel", Language.ENGLISH, "track-order");
    private final Chat chat = Chat.inHours(faq);

    @Test
    void offersTheCandidatesAsQuickRepliesThenNoneOfThese() {
        chat.start(Language.ENGLISH);

        List<ConversationEvent> events = chat.say("delivery");

        assertEquals(List.of(MessageReceived.class, TypingStarted.class, OptionsOffered.class), Chat.shape(events));
        OptionsOffered offered = (OptionsOffered) events.get(2);
        assertEquals("Did you mean one of these?", offered.text());
        assertEquals(List.of("track-order", "delivery-costs", "return-item"), offered.faqIds());
        assertEquals(List.of(new QuickReply("faq:track-order", "Where is my order?"),
                new QuickReply("faq:delivery-costs", "How much is delivery?"),
                new QuickReply("faq:return-item", "How do I return an item?"),
                new QuickReply("none", "None of these")), offered.quickReplies());
    }

    @Test
    void offersTheCandidatesInVietnamese() {
        chat.start(Language.VIETNAMESE);

        OptionsOffered offered = Chat.one(chat.say("giao hàng"), OptionsOffered.class);

        assertEquals(Fixtures.text(Language.VIETNAMESE, Phrase.OPTIONS_ASK), offered.text());
        assertEquals(List.of("Đơn hàng của tôi đang ở đâu?", "Phí giao hàng là bao nhiêu?", "Không phải các câu này"),
                offered.quickReplies().stream().map(QuickReply::label).toList());
    }

    @Test
    void choosingAnOptionAnswersWithIt() {
        chat.start(Language.ENGLISH);
        chat.say("delivery");

        AnswerGiven answer = Chat.one(chat.choose("faq:delivery-costs"), AnswerGiven.class);

        assertEquals("delivery-costs", answer.faqId());
    }

    @Test
    void noneOfTheseAsksToSayMoreOnceThenAsksForAPerson() {
        chat.start(Language.ENGLISH);
        chat.say("delivery");

        ClarificationAsked asked = Chat.one(chat.choose("none"), ClarificationAsked.class);
        assertEquals(Fixtures.text(Language.ENGLISH, Phrase.CLARIFY_ASK), asked.text());

        List<ConversationEvent> events = chat.say("my thing");
        assertEquals(List.of(), Chat.all(events, ClarificationAsked.class));
        assertEquals(HandoffReason.NO_ANSWER, Chat.one(events, HandoffRequested.class).reason());
    }

    @Test
    void aWeakMatchGetsOneClarifyingQuestionBeforeGivingUp() {
        chat.start(Language.ENGLISH);

        List<ConversationEvent> first = chat.say("my thing");
        assertEquals(List.of(MessageReceived.class, TypingStarted.class, ClarificationAsked.class), Chat.shape(first));
        assertTrue(chat.conversation.clarificationPending());

        List<ConversationEvent> second = chat.say("my thing");
        HandoffRequested handoff = Chat.one(second, HandoffRequested.class);
        assertEquals(HandoffReason.NO_ANSWER, handoff.reason());
        assertEquals(Fixtures.text(Language.ENGLISH, Phrase.HANDOFF_NO_ANSWER) + " "
                + Fixtures.text(Language.ENGLISH, Phrase.HANDOFF_NEXT_OPEN), handoff.text());
        assertEquals(ConversationStatus.QUEUED, chat.conversation.status());
        assertFalse(chat.conversation.clarificationPending());
    }

    @Test
    void aWeakMatchInArabicGetsOneClarifyingQuestionInArabic() {
        chat.start(Language.ARABIC);

        ClarificationAsked asked = Chat.one(chat.say("شيء ما"), ClarificationAsked.class);
        assertEquals(Fixtures.text(Language.ARABIC, Phrase.CLARIFY_ASK), asked.text());
        assertEquals(List.of(new QuickReply("person", "التحدث مع موظف")), asked.quickReplies());

        HandoffRequested handoff = Chat.one(chat.say("شيء ما"), HandoffRequested.class);
        assertTrue(handoff.text().startsWith(Fixtures.text(Language.ARABIC, Phrase.HANDOFF_NO_ANSWER)), handoff.text());
    }

    @Test
    void anAnswerEndsTheClarificationSoTheNextUnknownQuestionGetsItsOwn() {
        chat.start(Language.ENGLISH);
        chat.say("my thing");
        chat.say("where is my parcel");

        Chat.one(chat.say("my thing"), ClarificationAsked.class);
    }

    @Test
    void optionsThatNoLongerExistAreNotOffered() {
        chat.start(Language.ENGLISH);

        List<ConversationEvent> events = chat.say("half gone");

        assertEquals(List.of(), Chat.all(events, OptionsOffered.class));
        Chat.one(events, ClarificationAsked.class);
    }

    @Test
    void neverSaysItDoesNotKnow() {
        chat.start(Language.ENGLISH);
        chat.say("my thing");
        chat.say("what is the meaning of life");
        chat.say("and the weather?");

        for (BotMessage m : Chat.messages(chat.log)) {
            String text = m.text().toLowerCase(Locale.ROOT);
            assertFalse(text.contains("know") || text.contains("cannot help") || text.contains("can't help"), text);
        }
        Chat.one(chat.log, HandoffRequested.class);
    }
}
