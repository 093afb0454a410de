package org.switchboard.server.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the triage page asks for: any of source, term kind, term, sentiment, complaint, question,
 * abusive, language, status, assignee and a free-text search over the text and the author
 * ({@code ILIKE}, on H2 and PostgreSQL alike). Empty fields do not filter. {@link #where} turns it
 * into SQL with its parameters, never pasting a value into the statement.
 */
public record MentionFilter(String source, String kind, String term, String sentiment, Boolean complaint, Boolean question,
                            Boolean abusive, String language, String status, String assignee, String search) {
    /** Statuses a mention can have on the desk. */
    public static final Set<String> STATUSES = Set.of("new", "responded", "ignored", "escalated");
    private static final Set<String> KINDS = Set.of("brand", "product", "staff", "company");
    private static final Set<String> SENTIMENTS = Set.of("negative", "neutral", "positive");
    /** {@code assignee=none}: mentions nobody has. */
    public static final String NOBODY = "none";

    /** Every mention. */
    public static final MentionFilter ALL = new MentionFilter(null, null, null, null, null, null, null, null, null, null, null);

    public MentionFilter {
        source = blank(source);
        kind = lower(kind);
        term = blank(term);
        sentiment = lower(sentiment);
        language = lower(language);
        status = lower(status);
        assignee = blank(assignee);
        search = blank(search);
        check("kind", kind, KINDS);
        check("sentiment", sentiment, SENTIMENTS);
        check("status", status, STATUSES);
        if (search != null && search.length() > 200) {
            throw new IllegalArgumentException("q: at most 200 characters");
        }
    }

    /**
     * The filter from query parameters ({@code source, kind, term, sentiment, complaint, question,
     * abusive, language, status, assignee, q}); yes/no parameters take {@code true} or {@code false}.
     *
     * @throws IllegalArgumentException naming the parameter that is wrong
     */
    public static MentionFilter of(Map<String, String> p) {
        return new MentionFilter(p.get("source"), p.get("kind"), p.get("term"), p.get("sentiment"), yesNo(p, "complaint"),
                yesNo(p, "question"), yesNo(p, "abusive"), p.get("language"), p.get("status"), p.get("assignee"), p.get("q"));
    }

    /** The SQL condition over {@code mention m} (starting with {@code WHERE}, or empty) and its parameters in order. */
    String where(List<Object> params) {
        List<String> parts = new ArrayList<>();
        eq(parts, params, "m.source", source);
        eq(parts, params, "m.sentiment", sentiment);
        eq(parts, params, "m.language", language);
        eq(parts, params, "m.status", status);
        if (assignee != null) {
            if (assignee.equalsIgnoreCase(NOBODY)) {
                parts.add("m.assignee IS NULL");
            } else {
                eq(parts, params, "m.assignee", assignee);
            }
        }
        bool(parts, params, "m.complaint", complaint);
        bool(parts, params, "m.question", question);
        bool(parts, params, "m.abusive", abusive);
        if (kind != null || term != null) {
            StringBuilder s = new StringBuilder("EXISTS (SELECT 1 FROM mention_term t WHERE t.mention_id = m.id");
            if (kind != null) {
                s.append(" AND t.kind = ?");
                params.add(kind);
            }
            if (term != null) {
                s.append(" AND LOWER(t.term) = ?");
                params.add(term.toLowerCase(Locale.ROOT));
            }
            parts.add(s.append(')').toString());
        }
        if (search != null) {
            String like = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            parts.add("(m.text ILIKE ? ESCAPE '\\' OR m.author ILIKE ? ESCAPE '\\')");
            params.add(like);
            params.add(like);
        }
        return parts.isEmpty() ? "" : "WHERE " + String.join(" AND ", parts);
    }

    private static void eq(List<String> parts, List<Object> params, String column, String value) {
        if (value != null) {
            parts.add(column + " = ?");
            params.add(value);
        }
    }

    private static void bool(List<String> parts, List<Object> params, String column, Boolean value) {
        if (value != null) {
            parts.add(column + " = ?");
            params.add(value);
        }
    }

    private static Boolean yesNo(Map<String, String> p, String name) {
        String v = blank(p.get(name));
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new IllegalArgumentException(name + ": true or false, not '" + v + "'");
        };
    }

    private static void check(String name, String value, Set<String> known) {
        if (value != null && !known.contains(value)) {
            throw new IllegalArgumentException(name + ": one of " + new java.util.TreeSet<>(known) + ", not '" + value + "'");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String lower(String s) {
        String b = blank(s);
        return b == null ? null : b.toLowerCase(Locale.ROOT);
    }
}
