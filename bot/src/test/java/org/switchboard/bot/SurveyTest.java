package org.switchboard.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.bot.conversation.ConversationStatus;
import org.switchboard.bot.event.BotReplied;
import org.switchboard.bot.event.ConversationEvent;
import org.switchboard.bot.event.ConversationReopened;
import org.switchboard.bot.event.MessageReceived;
import org.switchboard.bot.event.ConversationResolved;
import org.switchboard.bot.event.InputProblem;
import org.switchboard.bot.event.InputRejected;
import org.switchboard.bot.event.QuickReply;
import org.switchboard.bot.event.QuickReplySelected;
import org.switchboard.bot.event.ResolutionReason;
import org.switchboard.bot.event.SurveyAnswered;
import org.switchboard.bot.event.SurveyCommentReceived;
import org.switchboard.bot.event.SurveyRequested;
import org.switchboard.bot.phrasing.Phrase;
import org.switchboard.faq.Language;

class SurveyTest {
    private final ScriptedFaq faq = ScriptedFaq.shop().answers("where is my parcel", Language.ENGLISH, "track-order");
    private final Chat chat = Chat.inHours(faq);

    /** A started conversation in which the visitor wrote (an unscripted message stays in the conversation's language). */
    private void talked(Language language) {
        chat.start(language);
        chat.say("hello there");
    }

    @Test
    void whenTheVisitorClosesTheBotThanksThemThenAsksForARatingFrom1To10() {
        talked(Language.ENGLISH);

        List<ConversationEvent> events = chat.send(new Inbound.VisitorClosed());

        assertEquals(List.of(ConversationResolved.class, BotReplied.class, SurveyRequested.class), Chat.shape(events));
        assertEquals(ResolutionReason.VISITOR_CLOSED, ((ConversationResolved) events.get(0)).reason());
        assertEquals("Thank you for chatting with us.", ((BotReplied) events.get(1)).text());
        SurveyRequested survey = (SurveyRequested) events.get(2);
        assertEquals("How would you rate this chat from 1 to 10? 10 is the best.", survey.text());
        assertEquals(IntStream.rangeClosed(1, 10).mapToObj(r -> new QuickReply("rating:" + r, Integer.toString(r))).toList(),
                survey.quickReplies());
        assertEquals(ConversationStatus.RESOLVED, chat.conversation.status());
    }

    @Test
    void anIdleTimeoutEndsTheConversationWithTheSameSurvey() {
        talked(Language.ARABIC);

        List<ConversationEvent> events = chat.send(new Inbound.IdleTimedOut());

        assertEquals(ResolutionReason.IDLE_TIMEOUT, Chat.one(events, ConversationResolved.class).reason());
        assertEquals(Fixtures.text(Language.ARABIC, Phrase.SURVEY_ASK), Chat.one(events, SurveyRequested.class).text());
    }

    @Test
    void theRatingAndTheCommentAreStored() {
        talked(Language.ENGLISH);
        chat.send(new Inbound.VisitorClosed());

        List<ConversationEvent> rated = chat.choose("rating:8");
        assertEquals(List.of(QuickReplySelected.class, SurveyAnswered.class, BotReplied.class), Chat.shape(rated));
        assertEquals(8, ((SurveyAnswered) rated.get(1)).rating());
        assertEquals(Fixtures.text(Language.ENGLISH, Phrase.SURVEY_ASK_COMMENT), ((BotReplied) rated.get(2)).text());

        List<ConversationEvent> commented = chat.send(new Inbound.SurveyCommented("  Quick and clear. "));
        assertEquals(new SurveyCommentReceived(chat.clock.instant(), "Quick and clear."), commented.get(0));
        assertEquals(Fixtures.text(Language.ENGLISH, Phrase.SURVEY_THANKS), ((BotReplied) commented.get(1)).text());
        assertTrue(chat.conversation.surveyRated() && chat.conversation.surveyCommented());
    }

    @Test
    void aRatingMaySendAsItsOwnInboundAfterTheComment() {
        talked(Language.ENGLISH);
        chat.send(new Inbound.VisitorClosed());
        chat.send(new Inbound.SurveyCommented("ok"));

        List<ConversationEvent> rated = chat.send(new Inbound.SurveyRated(10));

        assertEquals(10, Chat.one(rated, SurveyAnswered.class).rating());
        assertEquals(Fixtures.text(Language.ENGLISH, Phrase.SURVEY_THANKS), Chat.one(rated, BotReplied.class).text());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 11, -3, 100})
    void aRatingOutside1To10IsRejectedAndTheSurveyStaysOpen(int rating) {
        talked(Language.VIETNAMESE);
        chat.send(new Inbound.VisitorClosed());

        List<ConversationEvent> events = chat.send(new Inbound.SurveyRated(rating));

        InputRejected rejected = Chat.one(events, InputRejected.class);
        assertEquals(List.of(rejected), events);
        assertEquals(InputProblem.RATING_OUT_OF_RANGE, rejected.problem());
        assertEquals("Bạn vui lòng chọn một số từ 1 đến 10.", rejected.text());
        assertEquals(10, chat.conversation.offered().size(), "the rating buttons stay open");
        assertEquals(7, Chat.one(chat.send(new Inbound.SurveyRated(7)), SurveyAnswered.class).rating());
    }

    @Test
    void aSecondRatingIsRejected() {
        talked(Language.ENGLISH);
        chat.send(new Inbound.VisitorClosed());
        chat.send(new Inbound.SurveyRated(9));

        InputRejected rejected = Chat.one(chat.send(new Inbound.SurveyRated(3)), InputRejected.class);

        assertEquals(InputProblem.SURVEY_NOT_OPEN, rejected.problem());
        assertEquals(1, Chat.all(chat.log, SurveyAnswered.class).size());
    }

    @Test
    void aRatingOrCommentWithNoSurveyIsRejected() {
        talked(Language.ENGLISH);

        assertEquals(InputProblem.SURVEY_NOT_OPEN, Chat.one(chat.send(new Inbound.SurveyRated(5)), InputRejected.class).problem());
        assertEquals(InputProblem.SURVEY_NOT_OPEN,
                Chat.one(chat.send(new Inbound.SurveyCommented("hi")), InputRejected.class).problem());
        assertEquals(InputProblem.EMPTY_MESSAGE,
                Chat.one(chat.send(new Inbound.SurveyCommented("  ")), InputRejected.class).problem());
    }

    @Test
    void noSurveyWhenTheVisitorDidNothing() {
        chat.start(Language.ENGLISH);

        List<ConversationEvent> events = chat.send(new Inbound.VisitorClosed());

        assertEquals(List.of(ConversationResolved.class), Chat.shape(events));
    }

    @Test
    void closingTwiceChangesNothing() {
        talked(Language.ENGLISH);
        chat.send(new Inbound.VisitorClosed());

        assertEquals(List.of(), chat.send(new Inbound.VisitorClosed()));
        assertEquals(List.of(), chat.send(new Inbound.IdleTimedOut()));
    }

    @Test
    void theSurveyIsAskedOnceEvenIfTheVisitorComesBack() {
        talked(Language.ENGLISH);
        chat.send(new Inbound.VisitorClosed());

        List<ConversationEvent> back = chat.say("where is my parcel");
        assertEquals(List.of(MessageReceived.class, ConversationReopened.class), Chat.shape(back).subList(0, 2),
                "the message first (the server acknowledges it), then the reopening");
        assertEquals(ConversationStatus.BOT, chat.conversation.status());

        List<ConversationEvent> closedAgain = chat.send(new Inbound.VisitorClosed());
        assertEquals(List.of(ConversationResolved.class, BotReplied.class), Chat.shape(closedAgain));
    }

    @Test
    void anIdleTimeoutLeavesAConversationWaitingForAPersonOpen() {
        talked(Language.ENGLISH);
        chat.send(new Inbound.PersonRequested());

        assertEquals(List.of(), chat.send(new Inbound.IdleTimedOut()));
        assertEquals(ConversationStatus.QUEUED, chat.conversation.status());
        assertEquals(ResolutionReason.VISITOR_CLOSED,
                Chat.one(chat.send(new Inbound.VisitorClosed()), ConversationResolved.class).reason());
    }
}
