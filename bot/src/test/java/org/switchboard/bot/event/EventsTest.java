package org.switchboard.bot.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventsTest {
    private static final Instant T = Instant.parse("2025-01-15T08:00:00Z");

    @Test
    void aSurveyRatingIsAlways1To10() {
        assertEquals(1, new SurveyAnswered(T, 1).rating());
        assertEquals(10, new SurveyAnswered(T, 10).rating());
        assertThrows(IllegalArgumentException.class, () -> new SurveyAnswered(T, 0));
        assertThrows(IllegalArgumentException.class, () -> new SurveyAnswered(T, 11));
    }

    @Test
    void botMessagesNeedText() {
        assertThrows(IllegalArgumentException.class, () -> new BotReplied(T, " ", List.of()));
        assertThrows(NullPointerException.class, () -> new InputRejected(T, InputProblem.EMPTY_MESSAGE, null));
        assertThrows(IllegalArgumentException.class, () -> new QuickReply("yes", ""));
    }

    @Test
    void optionsAreTwoToFour() {
        List<QuickReply> none = List.of();
        assertThrows(IllegalArgumentException.class, () -> new OptionsOffered(T, List.of("a"), "?", none));
        assertThrows(IllegalArgumentException.class, () -> new OptionsOffered(T, List.of("a", "b", "c", "d", "e"), "?", none));
        assertEquals(2, new OptionsOffered(T, List.of("a", "b"), "?", none).faqIds().size());
    }

    @Test
    void eventsCannotBeChangedThroughTheListsTheyWereGiven() {
        List<QuickReply> replies = new ArrayList<>(List.of(new QuickReply("yes", "Yes")));
        BotReplied said = new BotReplied(T, "Hi", replies);
        replies.clear();

        assertEquals(1, said.quickReplies().size());
        assertThrows(UnsupportedOperationException.class, () -> said.quickReplies().clear());
    }

    @Test
    void frustrationHasAtLeastOneSign() {
        assertThrows(IllegalArgumentException.class, () -> new FrustrationAcknowledged(T, Set.of(), "Sorry"));
        assertEquals(Set.of(FrustrationSign.SHOUTING),
                new FrustrationAcknowledged(T, Set.of(FrustrationSign.SHOUTING), "Sorry").signs());
    }

    @Test
    void messagesWithoutButtonsOfferNone() {
        assertEquals(List.of(), new HandoffRequested(T, HandoffReason.VISITOR_ASKED, false, "Of course.").quickReplies());
        assertEquals(List.of(), new AwayNoticeShown(T, T, "Back soon.").quickReplies());
    }
}
