package org.switchboard.server.unanswered;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchboard.faq.Language;
import org.switchboard.faq.analysis.FaqAnalyzers;
import org.switchboard.faq.cluster.QuestionClusters;
import org.switchboard.server.chat.EventCodec;
import org.switchboard.server.jdbc.StoredEvent;
import org.switchboard.server.jdbc.Transactions;

/**
 * The front door of unanswered questions (docs/faq-unanswered.md): reads the questions of the
 * last N days from the stored conversations ({@link ChatQuestions}) and the listener's mentions,
 * leaves out those an editor has handled, and clusters them per language
 * ({@link QuestionClusters}). For the editor's actions it re-reads questions by reference from
 * the store (never trusting text from a page), makes a draft's question and alternates, and
 * marks questions handled. Thread-safe.
 */
public final class UnansweredQuestions {
    /** The longest window, in days. */
    public static final int MAX_DAYS = 365;
    /** Most references one action takes. */
    public static final int MAX_REFS = 1_000;

    private static final Pattern CHAT_REF = Pattern.compile("chat:([1-9][0-9]{0,17}):([1-9][0-9]{0,17})");
    private static final Pattern MENTION_REF = Pattern.compile("mention:([1-9][0-9]{0,17})");

    private final UnansweredRepository store;
    private final ChatQuestions chats = new ChatQuestions(new EventCodec());
    private final FaqAnalyzers analyzers;
    private final QuestionClusters clusters;
    private final Clock clock;

    /** @param analyzers the FAQ's language analyzers (shared; the caller closes them) */
    public UnansweredQuestions(Transactions transactions, FaqAnalyzers analyzers, Clock clock) {
        this.store = new UnansweredRepository(transactions);
        this.analyzers = Objects.requireNonNull(analyzers, "analyzers");
        this.clusters = new QuestionClusters(analyzers);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** An action's outcome for the history of a question. */
    public enum Action {
        NEW_ENTRY("new_entry"), ADDED_TO("added_to"), DISMISSED("dismissed");

        private final String code;

        Action(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** A draft entry's question (the most central) and alternates (the other distinct questions). */
    public record Draft(String question, List<String> alternates, Language language) {
        public Draft {
            alternates = List.copyOf(alternates);
        }
    }

    /**
     * The unhandled questions asked in the last {@code days} days, clustered, most frequent first.
     *
     * @param language only this language, or null for all
     * @param source   {@code chat}, {@code listener}, or null for both
     * @throws IllegalArgumentException for days outside 1..{@link #MAX_DAYS} or an unknown source
     */
    public List<UnansweredCluster> clusters(Language language, String source, int days) {
        List<UnansweredQuestion> questions = questions(language, source, days);
        Map<String, UnansweredQuestion> byRef = new HashMap<>();
        List<QuestionClusters.Question> input = new ArrayList<>();
        for (UnansweredQuestion q : questions) {
            byRef.put(q.ref(), q);
            input.add(new QuestionClusters.Question(q.ref(), q.language(), q.text(), q.at()));
        }
        List<UnansweredCluster> out = new ArrayList<>();
        for (QuestionClusters.Cluster c : clusters.cluster(input)) {
            UnansweredQuestion label = byRef.get(c.label().key());
            out.add(new UnansweredCluster(c.language().code() + ":" + label.ref(), c.language(), label,
                    c.questions().stream().map(q -> byRef.get(q.key())).toList()));
        }
        return out;
    }

    /** The unhandled questions of the last {@code days} days, unclustered (see {@link #clusters}). */
    public List<UnansweredQuestion> questions(Language language, String source, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be 1.." + MAX_DAYS + ": " + days);
        }
        if (source != null && !source.equals(UnansweredQuestion.CHAT) && !source.equals(UnansweredQuestion.LISTENER)) {
            throw new IllegalArgumentException("source must be chat or listener: '" + source + "'");
        }
        Instant since = clock.instant().minus(Duration.ofDays(days));
        List<UnansweredQuestion> all = new ArrayList<>();
        if (source == null || source.equals(UnansweredQuestion.CHAT)) {
            store.chatLogs(since).forEach(log -> all.addAll(chats.unanswered(log)));
        }
        if (source == null || source.equals(UnansweredQuestion.LISTENER)) {
            all.addAll(store.mentions(since));
        }
        Set<String> handled = store.handledSince(since);
        return all.stream().filter(q -> !q.at().isBefore(since) && !handled.contains(q.ref()))
                .filter(q -> language == null || q.language() == language).toList();
    }

    /**
     * The questions these references name, re-read from the store, in the order given (a
     * reference repeated counts once).
     *
     * @throws IllegalArgumentException naming every reference that is malformed or names no
     *                                  unanswered question, or when there are none or too many
     * @throws AlreadyHandledException  naming those an editor has handled already
     */
    public List<UnansweredQuestion> resolve(List<String> refs) {
        if (refs == null || refs.isEmpty()) {
            throw new IllegalArgumentException("refs: at least one question reference is needed");
        }
        if (refs.size() > MAX_REFS) {
            throw new IllegalArgumentException("refs: at most " + MAX_REFS + " references at a time, not " + refs.size());
        }
        List<String> unknown = new ArrayList<>();
        Map<String, UnansweredQuestion> found = new LinkedHashMap<>();
        Map<Long, Map<String, UnansweredQuestion>> conversations = new HashMap<>();
        for (String ref : new LinkedHashSet<>(refs)) {
            Optional<UnansweredQuestion> q = find(ref, conversations);
            if (q.isPresent()) {
                found.put(ref, q.get());
            } else {
                unknown.add(ref);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("refs: no unanswered question " + String.join(", ", unknown));
        }
        Set<String> handled = store.handledAmong(found.keySet());
        if (!handled.isEmpty()) {
            throw new AlreadyHandledException(found.keySet().stream().filter(handled::contains).toList());
        }
        return List.copyOf(found.values());
    }

    /** A draft made of these questions: the most central as its question, the other distinct ones as alternates. */
    public Draft draft(List<UnansweredQuestion> questions) {
        List<QuestionClusters.Question> input = questions.stream()
                .map(q -> new QuestionClusters.Question(q.ref(), q.language(), q.text(), q.at())).toList();
        QuestionClusters.Question label = clusters.label(input);
        List<String> distinct = distinct(label.language(), label.text(), questions);
        return new Draft(label.text(), distinct.subList(1, distinct.size()), label.language());
    }

    /** The distinct texts of these questions (case and spacing ignored, accents kept), in the order given. */
    public List<String> phrasings(List<UnansweredQuestion> questions) {
        return questions.isEmpty() ? List.of() : distinct(questions.get(0).language(), null, questions);
    }

    /** Marks the questions handled (those marked already keep their first record); returns how many were marked now. */
    public int markHandled(List<UnansweredQuestion> questions, Action action, String entryId, String who) {
        return store.markHandled(questions.stream().map(UnansweredQuestion::ref).toList(), action.code(), entryId, who,
                clock.instant());
    }

    private List<String> distinct(Language language, String first, List<UnansweredQuestion> questions) {
        Map<String, String> byKey = new LinkedHashMap<>();
        if (first != null) {
            byKey.put(key(language, first), first);
        }
        for (UnansweredQuestion q : questions) {
            byKey.putIfAbsent(key(language, q.text()), q.text().strip());
        }
        return new ArrayList<>(byKey.values());
    }

    private String key(Language language, String text) {
        List<String> tokens = FaqAnalyzers.tokens(analyzers.exact(language), text);
        return tokens.isEmpty() ? text.strip() : String.join(" ", tokens);
    }

    private Optional<UnansweredQuestion> find(String ref, Map<Long, Map<String, UnansweredQuestion>> conversations) {
        if (ref == null) {
            return Optional.empty();
        }
        Matcher chat = CHAT_REF.matcher(ref);
        if (chat.matches()) {
            long conversation = Long.parseLong(chat.group(1));
            Map<String, UnansweredQuestion> questions = conversations.computeIfAbsent(conversation, id -> {
                Map<String, UnansweredQuestion> m = new HashMap<>();
                List<StoredEvent> log = store.chatLog(id);
                if (!log.isEmpty()) {
                    chats.unanswered(log).forEach(q -> m.put(q.ref(), q));
                }
                return m;
            });
            return Optional.ofNullable(questions.get(ref));
        }
        Matcher mention = MENTION_REF.matcher(ref);
        if (mention.matches()) {
            return store.mention(Long.parseLong(mention.group(1)));
        }
        return Optional.empty();
    }
}
