package org.switchboard.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.bot.conversation.ConversationStatus;
import org.switchboard.bot.event.AnswerGiven;
import org.switchboard.bot.event.BotMessage;
import org.switchboard.bot.event.ClarificationAsked;
import org.switchboard.bot.event.FrustrationAcknowledged;
import org.switchboard.bot.event.HandoffReason;
import org.switchboard.bot.event.HandoffRequested;
import org.switchboard.bot.handoff.HandoffRules;
import org.switchboard.bot.phrasing.Phrase;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.Language;

/** Each handoff rule of config/handoff.yaml, through the bot, as a visitor would meet it. */
class HandoffRulesInChatTest {
    private static final HandoffRules SHIPPED = HandoffRules.load(Path.of("..", "config", "handoff.yaml"));

    private final ScriptedFaq faq = shop();
    private final Chat chat = chat(SHIPPED);

    private static ScriptedFaq shop() {
        ScriptedFaq faq = ScriptedFaq.shop()
                .answers("where is my parcel", Language.ENGLISH, "track-order")
                .answers("how do I pay by card", Language.ENGLISH, "payment-methods")
                .answers("I want a refund for my parcel", Language.ENGLISH, "return-item");
        faq.add(new FaqEntry("payment-methods", Language.ENGLISH, "How can I pay?", List.of(),
                "We take cards and PayPal.", List.of("payments"), List.of(), Map.of()));
        return faq;
    }

    private Chat chat(HandoffRules rules) {
        return new Chat(new BotConfig("Sam", Language.ENGLISH, Fixtures.HOURS, rules), faq, TestClock.athens(Fixtures.IN_HOURS));
    }

    @Test
    void aTopicThatAlwaysNeedsAPersonGetsTheAnswerThenAPersonFromItsTeam() {
        chat.start(Language.ENGLISH);
        List<BotMessage> said = Chat.messages(chat.say("I want a refund for my parcel"));
        assertInstanceOf(AnswerGiven.class, said.get(0));
        HandoffRequested handoff = assertInstanceOf(HandoffRequested.class, said.get(1));
        assertEquals(HandoffReason.TOPIC, handoff.reason());
        assertEquals("billing", handoff.team());
        assertEquals("refunds", handoff.topic());
        assertTrue(handoff.text().startsWith(Fixtures.text(Language.ENGLISH, Phrase.HANDOFF_TOPIC)), handoff.text());
        assertEquals(ConversationStatus.QUEUED, chat.conversation.status());
    }

    @Test
    void aTopicInAnotherLanguageWithNoFaqAnswerGoesStraightToItsTeamInThatLanguage() {
        chat.start(Language.VIETNAMESE);
        List<BotMessage> said = Chat.messages(chat.say("Tài khoản của tôi bị hack rồi"));
        HandoffRequested handoff = assertInstanceOf(HandoffRequested.class, said.get(0));
        assertEquals(HandoffReason.TOPIC, handoff.reason());
        assertEquals("technical", handoff.team());
        assertEquals("account-security", handoff.topic());
        assertTrue(handoff.text().startsWith(Fixtures.text(Language.VIETNAMESE, Phrase.HANDOFF_TOPIC)), handoff.text());
        assertEquals(List.of(), Chat.all(chat.log, ClarificationAsked.class), "no clarifying question first");
    }

    @Test
    void askingForAPersonAfterAnAnswerGoesToTheTeamOfThatEntrysCategory() {
        chat.start(Language.ENGLISH);
        chat.say("how do I pay by card");
        HandoffRequested handoff = Chat.one(chat.say("talk to a human"), HandoffRequested.class);
        assertEquals(HandoffReason.VISITOR_ASKED, handoff.reason());
        assertEquals("billing", handoff.team());
        assertEquals("billing", handoff.topic());
    }

    @Test
    void theButtonAfterAnAnswerIsRoutedTheSameWay() {
        chat.start(Language.ENGLISH);
        chat.say("how do I pay by card");
        HandoffRequested handoff = Chat.one(chat.send(new Inbound.PersonRequested()), HandoffRequested.class);
        assertEquals("billing", handoff.team());
    }

    @Test
    void aQuestionWithNoTopicGoesToTheDefaultTeam() {
        chat.start(Language.ENGLISH);
        chat.say("where is my parcel");
        HandoffRequested handoff = Chat.one(chat.send(new Inbound.PersonRequested()), HandoffRequested.class);
        assertEquals("support", handoff.team());
        assertNull(handoff.topic());
    }

    @Test
    void aFrustratedNoBringsAPersonAtOnce() {
        chat.start(Language.ENGLISH);
        chat.say("where is my parcel");
        List<BotMessage> said = Chat.messages(chat.say("NO, THIS IS USELESS!!!"));
        assertInstanceOf(FrustrationAcknowledged.class, said.get(0));
        HandoffRequested handoff = assertInstanceOf(HandoffRequested.class, said.get(1));
        assertEquals(HandoffReason.FRUSTRATION, handoff.reason());
    }

    @Test
    void withoutClarifyingFirstAnUnanswerableQuestionIsHandedOffAtOnce() {
        Chat direct = chat(new HandoffRules("support", HandoffRules.OnFrustration.HANDOFF, 2, false, SHIPPED.teams()));
        direct.start(Language.ENGLISH);
        HandoffRequested handoff = Chat.one(direct.say("can you fix my fridge"), HandoffRequested.class);
        assertEquals(HandoffReason.NO_ANSWER, handoff.reason());
        assertEquals(List.of(), Chat.all(direct.log, ClarificationAsked.class));
    }

    @Test
    void withOneNoAllowedTheFirstNoBringsAPerson() {
        Chat impatient = chat(new HandoffRules("support", HandoffRules.OnFrustration.HANDOFF, 1, true, SHIPPED.teams()));
        impatient.start(Language.ENGLISH);
        impatient.say("where is my parcel");
        HandoffRequested handoff = Chat.one(impatient.choose("no"), HandoffRequested.class);
        assertEquals(HandoffReason.NOT_HELPFUL, handoff.reason());

        chat.start(Language.ENGLISH);
        chat.say("where is my parcel");
        assertEquals(List.of(), Chat.all(chat.choose("no"), HandoffRequested.class), "the shipped rules allow one no");
    }

    @Test
    void whileQueuedATopicIsAnsweredWithoutAskingAgain() {
        chat.start(Language.ENGLISH);
        chat.send(new Inbound.PersonRequested());
        List<BotMessage> said = Chat.messages(chat.say("I want a refund for my parcel"));
        assertEquals(List.of(), Chat.all(said.stream().map(m -> (org.switchboard.bot.event.ConversationEvent) m).toList(),
                HandoffRequested.class));
        assertInstanceOf(AnswerGiven.class, said.get(0));
    }
}
