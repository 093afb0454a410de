package org.switchboard.server.triage;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the desk knows of one mention besides what the listener found: its status, who has it,
 * its version (grows with every change), the case opened from it, the team's label corrections
 * ({@code complaint} → {@code complaint|not_complaint}, {@code sentiment} → {@code negative|…})
 * and everything done with it, oldest first.
 */
public record TriageState(long mentionId, String status, String assignee, int version, Long caseConversationId,
                          Map<String, String> corrections, List<Action> actions) {
    public TriageState {
        corrections = Map.copyOf(corrections);
        actions = List.copyOf(actions);
    }

    /** One thing done with a mention; the fields an action does not use are null. */
    public record Action(String staff, String action, String text, String link, String reason, String contact, Instant at) {
    }
}
