package org.switchboard.server.triage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.switchboard.listener.watch.TermKind;
import org.switchboard.listener.watch.TermMatch;
import org.switchboard.server.listener.MentionJson;
import org.switchboard.server.listener.StoredMention;

/**
 * Who to tell when a mention names a member of staff: the {@code staff_notices} of
 * {@code alerts.yaml} map a staff term of the watchlist to a contact (an e-mail address or a staff
 * login). A notice is a {@code staff_mentioned} event (the webhook and the triage page); sending
 * the e-mail is the receiving system's job.
 */
public final class StaffNotices {
    private final Map<String, AlertRules.Contact> contacts;

    public StaffNotices(Map<String, AlertRules.Contact> contacts) {
        this.contacts = Map.copyOf(Objects.requireNonNull(contacts, "contacts"));
    }

    /**
     * One notice per staff term of the mention that has a contact, each
     * {@code {staff, contact: {kind, address | login}, mention_id, mention: {…}}}.
     */
    public List<Map<String, Object>> noticesFor(StoredMention m) {
        Set<String> named = new LinkedHashSet<>();
        for (TermMatch t : m.mention().matches()) {
            if (t.kind() == TermKind.STAFF && contacts.containsKey(t.term())) {
                named.add(t.term());
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (String staff : named) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("staff", staff);
            n.put("contact", contacts.get(staff).json());
            n.put("mention_id", m.id());
            n.put("mention", MentionJson.of(m));
            out.add(n);
        }
        return out;
    }
}
