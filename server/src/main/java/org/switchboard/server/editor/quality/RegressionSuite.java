package org.switchboard.server.editor.quality;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.switchboard.faq.Decision;
import org.switchboard.faq.FaqAnswer;
import org.switchboard.faq.FaqIndex;
import org.switchboard.server.editor.AfterPublish;
import org.switchboard.faq.Language;

/**
 * The bot's "mystery shopper": every regression question asked of the served index, each result
 * compared with the question's previous one and stored. A question passes when the decision is
 * ANSWER with its expected entry; it "broke" when it passed at its previous run and fails now, it
 * was "fixed" when it failed then and passes now. The library calls {@link #afterPublish} after
 * every change to what the bot serves (the {@code AfterPublish} hook of docs/faq-editor-api.md).
 * Runs are serialised, so two publishes at once each compare with a stored result.
 */
public final class RegressionSuite implements AfterPublish {
    private final FaqIndex index;
    private final RegressionQuestions questions;
    private final Clock clock;

    public RegressionSuite(FaqIndex index, RegressionQuestions questions, Clock clock) {
        this.index = Objects.requireNonNull(index, "index");
        this.questions = Objects.requireNonNull(questions, "questions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Runs every question after a change to the served entries: the REGRESSION object of the API. */
    @Override
    public Map<String, Object> afterPublish(List<String> entryIds, String author) {
        return run();
    }

    /** Runs every question against the served index, stores the results, returns the REGRESSION object. */
    public synchronized Map<String, Object> run() {
        List<RegressionQuestion> all = questions.all();
        List<RegressionQuestions.Recorded> runs = new ArrayList<>(all.size());
        List<Map<String, Object>> results = new ArrayList<>();
        List<Map<String, Object>> broke = new ArrayList<>();
        List<Map<String, Object>> fixed = new ArrayList<>();
        int passed = 0;
        for (RegressionQuestion q : all) {
            RegressionQuestion.LastRun now = ask(q);
            runs.add(new RegressionQuestions.Recorded(q.id(), now));
            Boolean was = q.last() == null ? null : q.last().passed();
            Map<String, Object> r = result(q, now, was);
            results.add(r);
            if (now.passed()) {
                passed++;
            }
            if (Boolean.TRUE.equals(was) && !now.passed()) {
                broke.add(r);
            } else if (Boolean.FALSE.equals(was) && now.passed()) {
                fixed.add(r);
            }
        }
        questions.record(runs);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", all.size());
        out.put("passed", passed);
        out.put("failed", all.size() - passed);
        out.put("broke", broke);
        out.put("fixed", fixed);
        out.put("results", results);
        return out;
    }

    /** Stores a new question and runs it once to set its baseline. */
    public synchronized RegressionQuestion add(String question, Language language, String expectedId, String author) {
        RegressionQuestion q = questions.add(question, language == null ? null : language.code(), expectedId, author,
                clock.instant());
        RegressionQuestion.LastRun first = ask(q);
        questions.record(List.of(new RegressionQuestions.Recorded(q.id(), first)));
        return new RegressionQuestion(q.id(), q.question(), q.language(), q.expectedId(), q.author(), q.createdAt(), first);
    }

    /** Every question with its latest run. */
    public List<RegressionQuestion> questions() {
        return questions.all();
    }

    /** Removes a question; false when there is none with that number. */
    public boolean delete(long id) {
        return questions.delete(id);
    }

    private RegressionQuestion.LastRun ask(RegressionQuestion q) {
        FaqAnswer a = q.language() == null ? index.ask(q.question())
                : index.ask(q.question(), Language.find(q.language()).orElse(index.config().defaultLanguage()));
        String got = a.best().map(c -> c.faqId()).orElse(null);
        boolean passed = a.decision() == Decision.ANSWER && q.expectedId().equals(got);
        return new RegressionQuestion.LastRun(passed, a.decision().name(), got, clock.instant());
    }

    private static Map<String, Object> result(RegressionQuestion q, RegressionQuestion.LastRun now, Boolean was) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", q.id());
        r.put("question", q.question());
        r.put("expected_id", q.expectedId());
        r.put("decision", now.decision());
        r.put("got_id", now.gotId());
        r.put("passed", now.passed());
        r.put("was_passing", was);
        return r;
    }
}
