package org.switchboard.server.unanswered;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.bot.event.AnswerGiven;
import org.switchboard.bot.event.ClarificationAsked;
import org.switchboard.bot.event.HandoffReason;
import org.switchboard.bot.event.HandoffRequested;
import org.switchboard.bot.event.OptionsOffered;
import org.switchboard.faq.Thresholds;
import org.switchboard.server.chat.EventCodec;

/**
 * Which of a conversation's messages count as unanswered, in the turns around the three rules,
 * with the real bot over the demo FAQ: each case's log is what the bot really returned, stored
 * as the server stores it.
 */
class ChatQuestionsTest {
    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

    @TempDir
    static Path indexDir;
    static BotChats chats;
    private final ChatQuestions fold = new ChatQuestions(new EventCodec());

    @BeforeAll
    static void index() throws Exception {
        chats = BotChats.open(indexDir);
    }

    @AfterAll
    static void close() {
        chats.close();
    }

    private BotChats.Chat chat() {
        return chats.inMemory(7, AT);
    }

    /** "text reason" of each unanswered question, in the order of the conversation. */
    private List<String> found(BotChats.Chat chat) {
        return fold.unanswered(chat.log()).stream().sorted(java.util.Comparator.comparing(UnansweredQuestion::at))
                .map(q -> q.text() + " " + q.reason()).toList();
    }

    private static <T> T withOptions(Supplier<T> work) {
        Thresholds usual = chats.index.thresholds();
        chats.index.useThresholds(usual.withDecisions(0.8, usual.options(), usual.optionFloor()));
        try {
            return work.get();
        } finally {
            chats.index.useThresholds(usual);
        }
    }

    @Test
    void aClarifiedQuestionThatThenGotAnAnswerIsNotCounted() {
        BotChats.Chat c = chat().say("do you sell garden furniture");
        assertTrue(c.got(ClarificationAsked.class));
        c.say("I forgot my password and can't log in");
        assertTrue(c.got(AnswerGiven.class));
        c.say("thanks");
        assertEquals(List.of(), found(c));
    }

    @Test
    void bothQuestionsOfAClarificationThatEndedInAHandoffCountAndThatRefNamesTheMessage() {
        BotChats.Chat c = chat().say("do you sell garden furniture").say("Do you have any garden furniture?");
        assertTrue(c.last().stream().anyMatch(e -> e instanceof HandoffRequested h && h.reason() == HandoffReason.NO_ANSWER));
        List<UnansweredQuestion> qs = fold.unanswered(c.log());
        assertEquals(List.of(c.ref("do you sell garden furniture"), c.ref("Do you have any garden furniture?")),
                qs.stream().map(UnansweredQuestion::ref).sorted().toList());
        assertEquals(AT.plusSeconds(10), qs.stream().filter(q -> q.text().startsWith("do")).findFirst().orElseThrow().at());
    }

    @Test
    void aClarifiedQuestionCountsWhenTheVisitorThenAsksForAPerson() {
        BotChats.Chat c = chat().say("do you sell garden furniture");
        assertTrue(c.got(ClarificationAsked.class));
        c.askForPerson();
        assertTrue(c.last().stream().anyMatch(e -> e instanceof HandoffRequested h && h.reason() == HandoffReason.VISITOR_ASKED),
                c.last().toString());
        assertEquals(List.of("do you sell garden furniture handoff"), found(c));
    }

    @Test
    void aClarifiedQuestionTheVisitorNeverFollowedUpCountsAsNoAnswer() {
        BotChats.Chat c = chat().say("do you sell garden furniture");
        assertTrue(c.got(ClarificationAsked.class));
        assertEquals(List.of("do you sell garden furniture no_answer"), found(c));
    }

    @Test
    void aPersonAskedForInsteadOfPickingAnOptionCountsTheOptionsQuestionOnly() {
        BotChats.Chat c = withOptions(() -> chat().say("payment"));
        assertTrue(c.got(OptionsOffered.class));
        c.say("I want to talk to a person");
        assertTrue(c.last().stream().anyMatch(e -> e instanceof HandoffRequested h && h.reason() == HandoffReason.VISITOR_ASKED),
                c.last().toString());
        assertEquals(List.of("payment options_not_picked"), found(c));
    }

    @Test
    void noneOfTheseThenAQuestionNothingFitsCountsBoth() {
        BotChats.Chat c = withOptions(() -> chat().say("payment").choose("none"));
        assertTrue(c.got(ClarificationAsked.class), c.last().toString());
        c.say("who won the football match last night");
        assertTrue(c.last().stream().anyMatch(e -> e instanceof HandoffRequested h && h.reason() == HandoffReason.NO_ANSWER));
        assertEquals(List.of("payment options_not_picked", "who won the football match last night handoff"), found(c));
    }

    @Test
    void aNoToAFollowUpTheVisitorChoseIsNotTheirQuestion() {
        BotChats.Chat c = chat().say("how do I reset my password");
        AnswerGiven answer = (AnswerGiven) c.last().stream().filter(e -> e instanceof AnswerGiven).findFirst().orElseThrow();
        c.choose(answer.quickReplies().get(0).id());
        assertTrue(c.got(AnswerGiven.class));
        c.choose("no");
        assertEquals(List.of(), found(c));
    }

    @Test
    void aNoThenAQuestionNothingFitsCountsTheAnsweredQuestionAndTheNewOneButNotTheNo() {
        BotChats.Chat c = chat().say("how do I reset my password").say("no");
        assertTrue(c.got(ClarificationAsked.class), c.last().toString());
        c.say("who won the football match last night");
        assertTrue(c.last().stream().anyMatch(e -> e instanceof HandoffRequested h && h.reason() == HandoffReason.NO_ANSWER),
                c.last().toString());
        assertEquals(List.of("how do I reset my password not_helpful", "who won the football match last night handoff"), found(c));
    }
}
