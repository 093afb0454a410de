package org.switchboard.server.unanswered;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.bot.event.AnswerGiven;
import org.switchboard.bot.event.ClarificationAsked;
import org.switchboard.bot.event.HandoffReason;
import org.switchboard.bot.event.HandoffRequested;
import org.switchboard.bot.event.HelpfulnessAnswered;
import org.switchboard.bot.event.OptionsOffered;
import org.switchboard.faq.Language;
import org.switchboard.faq.Thresholds;
import org.switchboard.faq.analysis.FaqAnalyzers;
import org.switchboard.listener.Mention;
import org.switchboard.listener.NearDuplicates;
import org.switchboard.listener.Post;
import org.switchboard.listener.SuggestedReply;
import org.switchboard.listener.TextFingerprint;
import org.switchboard.listener.source.SourceState;
import org.switchboard.listener.understand.Labels;
import org.switchboard.listener.understand.Sentiment;
import org.switchboard.listener.watch.TermKind;
import org.switchboard.listener.watch.TermMatch;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.listener.MentionRepository;

/**
 * Unanswered questions from conversations run through the real bot over the demo FAQ, and from
 * stored mentions, on H2 and PostgreSQL: which questions count, the clusters, the handled ones,
 * the days window, references re-read from the store.
 */
abstract class UnansweredContract {
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final Instant TODAY = NOW.minus(Duration.ofHours(2));

    @TempDir
    static Path indexDir;
    static BotChats chats;
    static FaqAnalyzers analyzers;

    Database db;
    UnansweredQuestions unanswered;

    abstract Database open();

    @BeforeAll
    static void index() throws Exception {
        chats = BotChats.open(indexDir);
        analyzers = FaqAnalyzers.create();
    }

    @AfterAll
    static void closeIndex() {
        chats.close();
        analyzers.close();
    }

    @BeforeEach
    void setUp() {
        db = open();
        unanswered = new UnansweredQuestions(db.transactions(), analyzers, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    BotChats.Chat chat(Instant at) {
        return chats.start(db.conversations(), at, Language.ENGLISH);
    }

    private static Set<String> refs(UnansweredCluster c) {
        return c.questions().stream().map(UnansweredQuestion::ref).collect(Collectors.toSet());
    }

    private List<UnansweredQuestion> all() {
        return unanswered.questions(null, null, 30);
    }

    @Test
    void aQuestionAskedThreeWaysThatNothingAnsweredIsOneClusterOfThree() {
        BotChats.Chat a = chat(TODAY).say("do you sell garden furniture");
        assertTrue(a.got(ClarificationAsked.class), a.last().toString());
        a.say("Do you have any garden furniture?");
        assertTrue(a.last().stream().anyMatch(e -> e instanceof HandoffRequested h && h.reason() == HandoffReason.NO_ANSWER),
                a.last().toString());
        BotChats.Chat b = chat(TODAY.plusSeconds(600)).say("garden furniture for sale?");
        b.say("what's the weather like in athens tomorrow");
        assertTrue(b.got(HandoffRequested.class));
        BotChats.Chat c = chat(TODAY.plusSeconds(1200)).say("I forgot my password and can't log in");
        assertTrue(c.got(AnswerGiven.class));
        c.choose("yes").close();

        List<UnansweredCluster> clusters = unanswered.clusters(null, null, 30);

        UnansweredCluster garden = clusters.get(0);
        assertEquals(3, garden.count(), clusters.toString());
        assertEquals(Set.of(a.ref("do you sell garden furniture"), a.ref("Do you have any garden furniture?"),
                b.ref("garden furniture for sale?")), refs(garden));
        assertTrue(garden.questions().stream().allMatch(q -> q.reason().equals("handoff") && q.source().equals("chat")));
        assertEquals(Language.ENGLISH, garden.language());
        assertEquals("garden furniture for sale?", garden.questions().get(0).text(), "newest first");
        assertEquals(TODAY.plusSeconds(610), garden.lastAt(), "each turn is ten seconds after the one before");
        assertEquals(TODAY.plusSeconds(10), garden.firstAt());
        assertTrue(Set.of("do you sell garden furniture", "Do you have any garden furniture?", "garden furniture for sale?")
                .contains(garden.label().text()));
        assertEquals(2, clusters.size(), "the weather is a cluster of its own; the answered question is nowhere: " + clusters);
        assertEquals("what's the weather like in athens tomorrow", clusters.get(1).label().text());
        assertEquals(garden.key(), "en:" + garden.label().ref());
    }

    @Test
    void aQuestionTheBotAskedAboutCountsWhenTheVisitorLeftOrAskedForAPersonInstead() {
        BotChats.Chat left = chat(TODAY).say("do you sell garden furniture");
        assertTrue(left.got(ClarificationAsked.class), left.last().toString());
        BotChats.Chat person = chat(TODAY.plusSeconds(60)).say("have you got any garden furniture");
        assertTrue(person.got(ClarificationAsked.class), person.last().toString());
        person.askForPerson();
        assertTrue(person.last().stream().anyMatch(e -> e instanceof HandoffRequested h && h.reason() == HandoffReason.VISITOR_ASKED),
                person.last().toString());

        List<UnansweredCluster> clusters = unanswered.clusters(null, "chat", 30);
        assertEquals(1, clusters.size(), clusters.toString());
        assertEquals(Set.of(left.ref("do you sell garden furniture"), person.ref("have you got any garden furniture")),
                refs(clusters.get(0)));
        assertEquals(Set.of("no_answer", "handoff"),
                clusters.get(0).questions().stream().map(UnansweredQuestion::reason).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aQuestionWhoseAnswerTheVisitorSaidDidNotHelpCountsTypedOrChosen() {
        BotChats.Chat chosen = chat(TODAY).say("I forgot my password and can't log in");
        assertTrue(chosen.got(AnswerGiven.class));
        chosen.choose("no");
        assertTrue(chosen.last().stream().anyMatch(e -> e instanceof HelpfulnessAnswered h && !h.helpful()));
        BotChats.Chat typed = chat(TODAY.plusSeconds(60)).say("how do I reset my password");
        assertTrue(typed.got(AnswerGiven.class));
        typed.say("no");
        assertTrue(typed.last().stream().anyMatch(e -> e instanceof HelpfulnessAnswered h && !h.helpful()));
        chat(TODAY.plusSeconds(120)).say("how do I reset my password").say("yes");

        List<UnansweredQuestion> found = all();

        assertEquals(Set.of(chosen.ref("I forgot my password and can't log in"), typed.ref("how do I reset my password")),
                found.stream().map(UnansweredQuestion::ref).collect(Collectors.toSet()), found.toString());
        assertTrue(found.stream().allMatch(q -> q.reason().equals("not_helpful")));
        assertTrue(found.stream().noneMatch(q -> q.text().equals("no")), "a yes or no is not a question");
    }

    @Test
    void optionsTheVisitorDidNotPickCountAPickDoesNot() {
        Thresholds usual = chats.index.thresholds();
        chats.index.useThresholds(usual.withDecisions(0.8, usual.options(), usual.optionFloor())); // answer only when quite sure
        try {
            BotChats.Chat picked = chat(TODAY).say("payment");
            OptionsOffered offered = (OptionsOffered) picked.last().stream().filter(e -> e instanceof OptionsOffered).findFirst()
                    .orElseThrow(() -> new AssertionError(picked.last().toString()));
            picked.choose("faq:" + offered.faqIds().get(1)).choose("yes");
            BotChats.Chat none = chat(TODAY.plusSeconds(60)).say("payment").choose("none");
            BotChats.Chat other = chat(TODAY.plusSeconds(120)).say("payment").say("I forgot my password and can't log in");
            assertTrue(other.got(AnswerGiven.class));
            BotChats.Chat left = chat(TODAY.plusSeconds(180)).say("payment");
            assertTrue(left.got(OptionsOffered.class));
            BotChats.Chat pickedThenNo = chat(TODAY.plusSeconds(240)).say("payment");
            pickedThenNo.choose("faq:" + offered.faqIds().get(0)).choose("no");
        } finally {
            chats.index.useThresholds(usual);
        }

        List<UnansweredQuestion> found = all();

        assertEquals(4, found.size(), found.toString());
        assertEquals(3, found.stream().filter(q -> q.reason().equals("options_not_picked")).count(),
                "none of these, another message, nothing: " + found);
        assertEquals(1, found.stream().filter(q -> q.reason().equals("not_helpful")).count(),
                "a pick carries its question to the answer and its No: " + found);
        assertTrue(found.stream().allMatch(q -> q.text().equals("payment")));
        List<UnansweredCluster> clusters = unanswered.clusters(Language.ENGLISH, "chat", 30);
        assertEquals(1, clusters.size());
        assertEquals(4, clusters.get(0).count());
        UnansweredQuestions.Draft draft = unanswered.draft(clusters.get(0).questions());
        assertEquals("payment", draft.question());
        assertEquals(List.of(), draft.alternates(), "the same text four times is one question");
    }

    private long mention(String id, String text, boolean question, SuggestedReply reply, Instant posted) {
        MentionRepository repo = new MentionRepository(db.transactions(), Clock.fixed(NOW, ZoneOffset.UTC));
        Post p = new Post(id, "search", text, "@ana", 1200, 7, "https://x.example/" + id, posted, null);
        Mention m = new Mention(p, Language.ENGLISH, List.of(new TermMatch("Acme", TermKind.BRAND, 0, 5)),
                new Labels(Sentiment.NEUTRAL, 0.6, false, 0.7, question, 0.9, false, 0.99), 40, Optional.ofNullable(reply),
                TextFingerprint.of(text));
        return repo.store("search", "twitter_search", List.of(m),
                new SourceState("c-" + id, LocalDate.of(2026, 11, 23), 1, 1), new NearDuplicates(100)).created().get(0);
    }

    @Test
    void publicQuestionsNoEntryAnsweredAreListedWithTheChatsThatAskTheSame() {
        long open = mention("1", "@acme do you sell garden furniture? https://t.co/x1", true, null, TODAY);
        mention("2", "@acme how do I reset my password?", true, new SuggestedReply("reset-password", "Open…", 0.9), TODAY);
        mention("3", "@acme garden furniture looks great", false, null, TODAY);
        chat(TODAY.plusSeconds(60)).say("do you sell garden furniture").say("Do you have any garden furniture?");

        List<UnansweredQuestion> listener = unanswered.questions(null, "listener", 30);
        assertEquals(1, listener.size(), listener.toString());
        UnansweredQuestion q = listener.get(0);
        assertEquals("mention:" + open, q.ref());
        assertEquals("do you sell garden furniture?", q.text(), "without the handle and the link");
        assertEquals("public_question", q.reason());
        assertEquals("listener", q.source());
        assertEquals(TODAY, q.at());

        List<UnansweredCluster> both = unanswered.clusters(null, null, 30);
        assertEquals(1, both.size(), both.toString());
        assertEquals(3, both.get(0).count());
        assertEquals(Set.of("chat", "listener"), both.get(0).questions().stream().map(UnansweredQuestion::source)
                .collect(Collectors.toSet()));
        assertEquals(2, unanswered.questions(null, "chat", 30).size());
        assertEquals(List.of(q), unanswered.resolve(List.of("mention:" + open)));
    }

    @Test
    void handledQuestionsLeaveTheListAndCannotBeHandledTwice() {
        BotChats.Chat a = chat(TODAY).say("do you sell garden furniture").say("Do you have any garden furniture?");
        String first = a.ref("do you sell garden furniture");
        String second = a.ref("Do you have any garden furniture?");

        List<UnansweredQuestion> asked = unanswered.resolve(List.of(first, second, first));
        assertEquals(List.of(first, second), asked.stream().map(UnansweredQuestion::ref).toList(), "in order, once each");
        assertEquals(1, unanswered.markHandled(asked.subList(0, 1), UnansweredQuestions.Action.DISMISSED, null, "elena"));

        assertEquals(List.of(second), all().stream().map(UnansweredQuestion::ref).toList());
        AlreadyHandledException twice = assertThrows(AlreadyHandledException.class,
                () -> unanswered.resolve(List.of(second, first)));
        assertEquals("refs: already handled " + first, twice.getMessage());
        assertEquals(1, unanswered.markHandled(asked, UnansweredQuestions.Action.NEW_ENTRY, "garden-furniture", "elena"),
                "the first keeps its record");
        assertEquals(List.of(), unanswered.clusters(null, null, 30));
    }

    @Test
    void referencesAreReReadFromTheStoreAndUnknownOnesAreNamed() {
        BotChats.Chat a = chat(TODAY).say("I forgot my password and can't log in").choose("yes");
        String answered = a.ref("I forgot my password and can't log in");
        long notAQuestion = mention("9", "@acme love the new store", false, null, TODAY);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> unanswered.resolve(List.of(answered,
                "chat:999999:2", "mention:" + notAQuestion, "mention:424242", "chat:1", "<script>")));
        assertEquals("refs: no unanswered question " + answered + ", chat:999999:2, mention:" + notAQuestion
                + ", mention:424242, chat:1, <script>", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> unanswered.resolve(List.of()));
    }

    @Test
    void onlyTheLastDaysCount() {
        chat(NOW.minus(Duration.ofDays(40))).say("do you sell garden furniture").say("Do you have any garden furniture?");
        BotChats.Chat recent = chat(NOW.minus(Duration.ofDays(3))).say("garden furniture for sale?").say("patio tables?");
        mention("5", "@acme do you sell garden furniture?", true, null, NOW.minus(Duration.ofDays(40)));

        assertEquals(Set.of(recent.ref("garden furniture for sale?"), recent.ref("patio tables?")),
                all().stream().map(UnansweredQuestion::ref).collect(Collectors.toSet()));
        assertEquals(5, unanswered.questions(null, null, 60).size());
        assertEquals(0, unanswered.questions(null, null, 1).size());
        assertThrows(IllegalArgumentException.class, () -> unanswered.questions(null, null, 0));
        assertThrows(IllegalArgumentException.class, () -> unanswered.questions(null, null, 366));
        assertThrows(IllegalArgumentException.class, () -> unanswered.questions(null, "email", 30));
    }

    @Test
    void vietnameseWithAndWithoutDiacriticsIsOneClusterAndTheLanguageFilterKeepsIt() {
        BotChats.Chat vi = chats.start(db.conversations(), TODAY, Language.VIETNAMESE);
        vi.say("Bạn có bán bàn ghế sân vườn không?").say("ban co ban ban ghe san vuon khong");
        chat(TODAY).say("do you sell garden furniture").say("Do you have any garden furniture?");

        List<UnansweredCluster> clusters = unanswered.clusters(Language.VIETNAMESE, null, 30);
        assertEquals(1, clusters.size(), clusters.toString());
        assertEquals(2, clusters.get(0).count());
        assertEquals(Language.VIETNAMESE, clusters.get(0).language());
        assertFalse(unanswered.clusters(Language.ENGLISH, null, 30).stream().anyMatch(c -> c.language() != Language.ENGLISH));
    }
}
