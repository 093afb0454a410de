package org.switchboard.server.listener;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.listener.Mention;
import org.switchboard.listener.understand.Labels;
import org.switchboard.listener.watch.TermMatch;

/**
 * A mention as JSON: the shape {@code listener classify} prints (docs/listener.md) and
 * {@code /api/listener/mentions} returns, with the stored fields added there.
 */
public final class MentionJson {
    private MentionJson() {
    }

    /** {@code {"id","language","matches":[{"term","kind","span"}],"sentiment","complaint","question","abusive","priority","suggested_reply"}} and the confidences. */
    public static Map<String, Object> of(Mention m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", m.post().id());
        out.put("language", m.language().code());
        List<Map<String, Object>> matches = new ArrayList<>();
        for (TermMatch t : m.matches()) {
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("term", t.term());
            mm.put("kind", t.kind().code());
            mm.put("span", List.of(t.start(), t.end()));
            mm.put("text", m.post().text().substring(Math.min(t.start(), m.post().text().length()),
                    Math.min(t.end(), m.post().text().length())));
            matches.add(mm);
        }
        out.put("matches", matches);
        Labels l = m.labels();
        out.put("sentiment", l.sentiment().code());
        out.put("complaint", l.complaint());
        out.put("question", l.question());
        out.put("abusive", l.abusive());
        Map<String, Object> confidence = new LinkedHashMap<>();
        confidence.put("sentiment", round(l.sentimentConfidence()));
        confidence.put("complaint", round(l.complaintConfidence()));
        confidence.put("question", round(l.questionConfidence()));
        confidence.put("abusive", round(l.abusiveConfidence()));
        out.put("confidence", confidence);
        out.put("priority", m.priority());
        out.put("suggested_reply", m.suggestedReply().map(r -> {
            Map<String, Object> rr = new LinkedHashMap<>();
            rr.put("faq_id", r.faqId());
            rr.put("text", r.text());
            rr.put("confidence", round(r.confidence()));
            return (Object) rr;
        }).orElse(null));
        return out;
    }

    /** A stored mention: {@link #of} plus its id, source, author, reach, link, times, post count and sources. */
    public static Map<String, Object> of(StoredMention s) {
        Mention m = s.mention();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mention_id", s.id());
        out.putAll(of(m));
        out.put("text", m.post().text());
        out.put("source", m.post().source());
        out.put("author", m.post().author());
        out.put("followers", m.post().followers());
        out.put("engagement", m.post().engagement());
        out.put("url", m.post().url());
        out.put("posted_at", m.post().createdAt().toString());
        out.put("found_at", s.foundAt().toString());
        out.put("posts", s.posts());
        out.put("sources", s.sources());
        out.put("status", s.status());
        return out;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
