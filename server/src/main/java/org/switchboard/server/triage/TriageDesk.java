package org.switchboard.server.triage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Predicate;
import org.switchboard.listener.understand.Task;
import org.switchboard.server.listener.MentionJson;
import org.switchboard.server.listener.MentionListener;
import org.switchboard.server.listener.MentionRepository;
import org.switchboard.server.listener.StoredMention;

/**
 * The social team's triage desk, the front door of this package: lists mentions by a
 * {@link MentionFilter}, carries out the team's actions (assign, respond, ignore, escalate,
 * reopen, note, correct a label, open a case in the agent console) and tells every open triage
 * page of each change and each new mention through {@link TriageEvents}. Thread-safe: the
 * storage decides between two people acting at once ({@link StaleMentionException}).
 */
public final class TriageDesk implements MentionListener {
    /** Most mentions one list or export returns. */
    public static final int MAX_LIMIT = 500;
    private static final int MAX_TEXT = 4_000;
    private static final System.Logger LOG = System.getLogger(TriageDesk.class.getName());

    private final MentionRepository mentions;
    private final TriageRepository triage;
    private final TriageConfig config;
    private final SupportCases cases;
    private final Predicate<String> teammate;
    private volatile TriageEvents events = TriageEvents.NONE;

    /**
     * @param teammate whether a login may be given mentions (an enabled social, supervisor or admin account)
     */
    public TriageDesk(MentionRepository mentions, TriageRepository triage, TriageConfig config, SupportCases cases,
                      Predicate<String> teammate) {
        this.mentions = Objects.requireNonNull(mentions, "mentions");
        this.triage = Objects.requireNonNull(triage, "triage");
        this.config = Objects.requireNonNull(config, "config");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.teammate = Objects.requireNonNull(teammate, "teammate");
    }

    /** Where changes and new mentions are told (the live feed). */
    public void publishTo(TriageEvents events) {
        this.events = Objects.requireNonNull(events, "events");
    }

    public TriageConfig config() {
        return config;
    }

    /** The mentions that pass the filter, highest priority first, then oldest, each as the page shows it. */
    public List<Map<String, Object>> list(MentionFilter filter, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (long id : triage.find(filter, limit)) {
            mentions.find(id).ifPresent(m -> out.add(json(m)));
        }
        return out;
    }

    /** One mention as the page shows it. */
    public Map<String, Object> one(long id) {
        return json(mentions.find(id).orElseThrow(() -> new NoSuchElementException("no mention with id " + id)));
    }

    public Map<String, Object> assign(long id, int version, String assignee, String by) {
        String who = assignee == null || assignee.isBlank() ? null : assignee.strip();
        if (who != null && !teammate.test(who)) {
            throw new IllegalArgumentException("assignee: '" + who + "' is not a member of the social team");
        }
        return changed(triage.assign(id, version, who, by));
    }

    public Map<String, Object> respond(long id, int version, String reply, String link, String by) {
        return changed(triage.setStatus(id, version, "responded", by, text("reply", reply, true), url(link), null, null));
    }

    public Map<String, Object> ignore(long id, int version, String reason, String by) {
        return changed(triage.setStatus(id, version, "ignored", by, null, null, text("reason", reason, true), null));
    }

    public Map<String, Object> escalate(long id, int version, String contactId, String note, String by) {
        Directory.Contact c = config.directory().find(contactId == null ? "" : contactId)
                .orElseThrow(() -> new IllegalArgumentException("contact: not in the directory: '" + contactId + "'"));
        return changed(triage.setStatus(id, version, "escalated", by, text("note", note, false), null, null,
                c.name() + " <" + c.contact() + ">"));
    }

    public Map<String, Object> reopen(long id, int version, String by) {
        return changed(triage.setStatus(id, version, "new", by, null, null, null, null));
    }

    public Map<String, Object> note(long id, String text, String by) {
        return changed(triage.note(id, by, text("text", text, true)));
    }

    /** {@code task} complaint (label {@code complaint}/{@code not_complaint}) or sentiment (negative/neutral/positive). */
    public Map<String, Object> correct(long id, int version, String task, String label, String by) {
        Task t = Task.find(task == null ? "" : task).filter(x -> x == Task.COMPLAINT || x == Task.SENTIMENT)
                .orElseThrow(() -> new IllegalArgumentException("task: complaint or sentiment"));
        if (label == null || !t.outcomes().contains(label)) {
            throw new IllegalArgumentException("label: one of " + t.outcomes());
        }
        return changed(triage.correct(id, version, t.code(), label, by));
    }

    /** Opens a case in the agent console (once per mention) and links it. */
    public Map<String, Object> openCase(long id, int version, String by) {
        StoredMention m = mentions.find(id).orElseThrow(() -> new NoSuchElementException("no mention with id " + id));
        TriageState now = triage.state(id).orElseThrow();
        if (now.caseConversationId() != null) {
            throw new IllegalStateException("a case was already opened from mention " + id);
        }
        if (now.version() != version) {
            throw new StaleMentionException(id);
        }
        long conversation = cases.open(m);
        return changed(triage.linkCase(id, version, conversation, by));
    }

    /** Training labels for {@code listener train}: {@code id,text,label} rows of the team's corrections. */
    public List<TriageRepository.Correction> corrections(String task) {
        Task t = Task.find(task == null ? "" : task).filter(x -> x == Task.COMPLAINT || x == Task.SENTIMENT)
                .orElseThrow(() -> new IllegalArgumentException("task: complaint or sentiment"));
        return triage.corrections(t.code());
    }

    @Override
    public void created(StoredMention mention) {
        publish("mention", json(mention));
    }

    @Override
    public void folded(long mentionId) {
        mentions.find(mentionId).ifPresent(m -> publish("mention_changed", json(m)));
    }

    private Map<String, Object> changed(TriageState state) {
        Map<String, Object> m = one(state.mentionId());
        publish("mention_changed", m);
        return m;
    }

    private void publish(String type, Map<String, Object> payload) {
        try {
            events.publish(type, payload);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the triage feed failed", e);
        }
    }

    private Map<String, Object> json(StoredMention s) {
        TriageState state = triage.state(s.id()).orElseThrow();
        Map<String, Object> out = new LinkedHashMap<>(MentionJson.of(s));
        out.put("status", state.status());
        out.put("assignee", state.assignee());
        out.put("version", state.version());
        boolean complaint = "complaint".equals(state.corrections().get("complaint"))
                || (!state.corrections().containsKey("complaint") && s.mention().labels().complaint());
        out.put("due_at", config.targets().due(s.mention().post().createdAt(), complaint).toString());
        out.put("target_minutes", config.targets().target(complaint).toMinutes());
        out.put("corrections", state.corrections());
        out.put("holding_reply", config.replies().suggest(s.mention().language().code(),
                s.mention().suggestedReply().orElse(null)));
        Map<String, Object> kase = null;
        if (state.caseConversationId() != null) {
            kase = new LinkedHashMap<>();
            kase.put("conversation_id", state.caseConversationId());
            kase.put("status", caseStatus(state.caseConversationId()));
        }
        out.put("case", kase);
        List<Map<String, Object>> actions = new ArrayList<>();
        for (TriageState.Action a : state.actions()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("staff", a.staff());
            am.put("action", a.action());
            am.put("text", a.text());
            am.put("link", a.link());
            am.put("reason", a.reason());
            am.put("contact", a.contact());
            am.put("at", a.at().toString());
            actions.add(am);
        }
        out.put("actions", actions);
        return out;
    }

    private String caseStatus(long conversation) {
        try {
            return cases.status(conversation).orElse(null);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not read the status of case " + conversation, e);
            return null;
        }
    }

    private static String text(String name, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(name + ": required");
            }
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException(name + ": at most " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    private static String url(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String l = link.strip();
        if (!(l.startsWith("https://") || l.startsWith("http://")) || l.length() > 2_000) {
            throw new IllegalArgumentException("link: an http(s) address");
        }
        return l;
    }
}
