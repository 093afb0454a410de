package org.switchboard.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchboard.bot.event.AnswerGiven;
import org.switchboard.bot.event.AwayNoticeShown;
import org.switchboard.bot.event.BotMessage;
import org.switchboard.bot.event.ClarificationAsked;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.FrustrationAcknowledged;
import org.switchboard.bot.event.FrustrationSign;
import org.switchboard.bot.event.HandoffReason;
import org.switchboard.bot.event.HandoffRequested;
import org.switchboard.bot.event.HelpfulnessAsked;
import org.switchboard.bot.handoff.HandoffRules;
import org.switchboard.bot.phrasing.Phrase;
import org.switchboard.faq.Language;

class FrustrationTest {
    private final ScriptedFaq faq = ScriptedFaq.shop()
            .answers("This is ridiculous, where is my parcel?", Language.ENGLISH, "track-order")
            .answers("WHERE IS MY PARCEL", Language.ENGLISH, "track-order")
            .answers("Where is my parcel!!!", Language.ENGLISH, "track-order")
            .answers("where is my parcel", Language.ENGLISH, "track-order")
            .answers("الخدمة سيئة جدا، أين طلبي؟", Language.ARABIC, "track-order")
            .answers("Tôi rất thất vọng, đơn hàng của tôi đâu?", Language.VIETNAMESE, "track-order");
    private final Chat chat = Chat.inHours(faq);

    @Test
    void complaintWordsGetAnApologyThenTheAnswerAndAPerson() {
        chat.start(Language.ENGLISH);

        List<BotMessage> said = Chat.messages(chat.say("This is ridiculous, where is my parcel?"));

        FrustrationAcknowledged apology = assertInstanceOf(FrustrationAcknowledged.class, said.get(0));
        assertEquals(Set.of(FrustrationSign.NEGATIVE_WORDS), apology.signs());
        assertEquals(Fixtures.text(Language.ENGLISH, Phrase.APOLOGY), apology.text());
        assertInstanceOf(AnswerGiven.class, said.get(1));
        HandoffRequested handoff = assertInstanceOf(HandoffRequested.class, said.get(2));
        assertEquals(HandoffReason.FRUSTRATION, handoff.reason());
        assertTrue(handoff.text().startsWith(Fixtures.text(Language.ENGLISH, Phrase.HANDOFF_FRUSTRATION)), handoff.text());
        assertEquals(3, said.size(), "no \"Did that help?\" when a person is coming");
    }

    @Test
    void withOnFrustrationApologiseTheBotApologisesAndAnswersAsUsual() {
        HandoffRules apologise = new HandoffRules("support", HandoffRules.OnFrustration.APOLOGISE, 2, true, List.of());
        Chat calm = new Chat(new BotConfig("Sam", Language.ENGLISH, Fixtures.HOURS, apologise), faq,
                TestClock.athens(Fixtures.IN_HOURS));
        calm.start(Language.ENGLISH);

        List<BotMessage> said = Chat.messages(calm.say("This is ridiculous, where is my parcel?"));

        assertInstanceOf(FrustrationAcknowledged.class, said.get(0));
        assertInstanceOf(AnswerGiven.class, said.get(1));
        assertInstanceOf(HelpfulnessAsked.class, said.get(2));
        assertEquals(List.of(), Chat.all(calm.log, HandoffRequested.class));
    }

    @Test
    void anArabicComplaintGetsAnArabicApologyFirst() {
        chat.start(Language.ARABIC);

        List<BotMessage> said = Chat.messages(chat.say("الخدمة سيئة جدا، أين طلبي؟"));

        FrustrationAcknowledged apology = assertInstanceOf(FrustrationAcknowledged.class, said.get(0));
        assertEquals("أنا آسف جدًا لما حدث. أفهم أن هذا مزعج، وأريد أن أساعد في حله.", apology.text());
        assertInstanceOf(AnswerGiven.class, said.get(1));
    }

    @Test
    void aVietnameseComplaintGetsAVietnameseApologyFirst() {
        chat.start(Language.VIETNAMESE);

        List<BotMessage> said = Chat.messages(chat.say("Tôi rất thất vọng, đơn hàng của tôi đâu?"));

        assertEquals(Fixtures.text(Language.VIETNAMESE, Phrase.APOLOGY),
                assertInstanceOf(FrustrationAcknowledged.class, said.get(0)).text());
    }

    @Test
    void shoutingInCapitalsIsFrustration() {
        chat.start(Language.ENGLISH);

        List<BotMessage> said = Chat.messages(chat.say("WHERE IS MY PARCEL"));

        assertEquals(Set.of(FrustrationSign.SHOUTING), assertInstanceOf(FrustrationAcknowledged.class, said.get(0)).signs());
    }

    @Test
    void severalExclamationMarksAreFrustration() {
        chat.start(Language.ENGLISH);

        List<BotMessage> said = Chat.messages(chat.say("Where is my parcel!!!"));

        assertEquals(Set.of(FrustrationSign.EXCLAMATIONS), assertInstanceOf(FrustrationAcknowledged.class, said.get(0)).signs());
    }

    @Test
    void enthusiasticThanksIsNotFrustration() {
        chat.start(Language.ENGLISH);

        assertEquals(List.of(), Chat.all(chat.say("THANK YOU!!!"), FrustrationAcknowledged.class));
    }

    @Test
    void aCalmQuestionGetsNoApology() {
        chat.start(Language.ENGLISH);

        assertEquals(List.of(), Chat.all(chat.say("where is my parcel"), FrustrationAcknowledged.class));
    }

    @Test
    void noThatDidntHelpTwiceInARowGetsAnApologyThenAPerson() {
        chat.start(Language.ENGLISH);
        chat.say("where is my parcel");
        Chat.one(chat.choose("no"), ClarificationAsked.class);
        chat.say("where is my parcel");

        List<ConversationEvent> events = chat.say("No, that didn't help");

        List<BotMessage> said = Chat.messages(events);
        FrustrationAcknowledged apology = assertInstanceOf(FrustrationAcknowledged.class, said.get(0));
        assertEquals(Set.of(FrustrationSign.REPEATED_NOT_HELPFUL), apology.signs());
        HandoffRequested handoff = assertInstanceOf(HandoffRequested.class, said.get(1));
        assertEquals(HandoffReason.NOT_HELPFUL, handoff.reason());
        assertEquals(2, said.size());
    }

    @Test
    void aYesBetweenTwoNosStartsTheCountAgain() {
        chat.start(Language.ENGLISH);
        chat.say("where is my parcel");
        chat.choose("no");
        chat.say("where is my parcel");
        chat.choose("yes");
        chat.say("where is my parcel");

        List<ConversationEvent> events = chat.choose("no");

        assertEquals(List.of(), Chat.all(events, FrustrationAcknowledged.class));
        Chat.one(events, ClarificationAsked.class);
    }

    @Test
    void theApologyComesBeforeEvenTheAwayNotice() {
        chat.start(Language.ENGLISH);
        chat.clock.setAthens(Fixtures.SATURDAY_AFTERNOON);

        List<BotMessage> said = Chat.messages(chat.say("This is ridiculous, where is my parcel?"));

        assertInstanceOf(FrustrationAcknowledged.class, said.get(0));
        assertInstanceOf(AwayNoticeShown.class, said.get(1));
        assertInstanceOf(AnswerGiven.class, said.get(2));
    }
}
