package org.switchboard.server.editor.quality;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A test question an editor keeps, with the entry the bot should answer it with, and how its
 * latest run went.
 *
 * @param id         the question's number
 * @param question   the question as a visitor would ask it
 * @param language   the language to fall back on when detection is unsure (null: the index's default)
 * @param expectedId the entry the bot should answer with
 * @param author     who added it
 * @param createdAt  when
 * @param last       the latest run, null before the first
 */
public record RegressionQuestion(long id, String question, String language, String expectedId, String author,
                                 Instant createdAt, LastRun last) {

    /**
     * One run's result.
     *
     * @param passed   the decision was ANSWER with the expected entry
     * @param decision ANSWER, OPTIONS or HANDOFF
     * @param gotId    the best entry whatever the decision, null when there was none
     * @param at       when it ran
     */
    public record LastRun(boolean passed, String decision, String gotId, Instant at) {
        Map<String, Object> json() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("passed", passed);
            out.put("decision", decision);
            out.put("got_id", gotId);
            out.put("at", at.toString());
            return out;
        }
    }

    /** As the API writes it. */
    public Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("question", question);
        out.put("language", language);
        out.put("expected_id", expectedId);
        out.put("author", author);
        out.put("created_at", createdAt.toString());
        out.put("last", last == null ? null : last.json());
        return out;
    }
}
