package org.switchboard.server.editor;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.switchboard.faq.FaqEntry;

/**
 * What importing a file changes, worked out against the entries as stored: entries the store
 * lacks are added; entries whose served content differs from the file (or that are not served)
 * are changed, naming the fields that differ ({@code status} when the entry was not served);
 * entries served as in the file are unchanged; with {@link FaqLibrary.ImportMode#REPLACE}, served
 * entries missing from the file are removed (withdrawn). Applying it appends the versions
 * ({@code imported}, {@code withdrawn}) in the caller's transaction.
 */
final class ImportPlan {
    private final List<FaqEntry> added = new ArrayList<>();
    private final Map<String, FaqEntry> changed = new LinkedHashMap<>();
    private final Map<String, List<String>> changedFields = new LinkedHashMap<>();
    private final List<String> removed = new ArrayList<>();
    private int unchanged;

    private ImportPlan() {
    }

    static ImportPlan of(List<FaqEntry> file, List<EntryVersions.State> stored, FaqLibrary.ImportMode mode) {
        ImportPlan plan = new ImportPlan();
        Map<String, EntryVersions.State> byId = stored.stream().collect(Collectors.toMap(EntryVersions.State::id, s -> s));
        for (FaqEntry e : file) {
            EntryVersions.State s = byId.get(e.id());
            if (s == null) {
                plan.added.add(e);
            } else if (s.live() != null && s.live().entry().equals(e)) {
                plan.unchanged++;
            } else {
                List<String> fields = new ArrayList<>(EntryDiff.changedFields((s.live() != null ? s.live() : s.head()).entry(), e));
                if (s.live() == null) {
                    fields.add("status");
                }
                plan.changed.put(e.id(), e);
                plan.changedFields.put(e.id(), fields);
            }
        }
        if (mode == FaqLibrary.ImportMode.REPLACE) {
            Set<String> inFile = file.stream().map(FaqEntry::id).collect(Collectors.toSet());
            for (EntryVersions.State s : stored) {
                if (s.live() != null && !inFile.contains(s.id())) {
                    plan.removed.add(s.id());
                }
            }
        }
        return plan;
    }

    /** The corpus the bot would serve after this import, given what it serves now. */
    List<FaqEntry> corpusAfter(Map<String, FaqEntry> served) {
        Map<String, FaqEntry> after = new LinkedHashMap<>(served);
        added.forEach(e -> after.put(e.id(), e));
        after.putAll(changed);
        removed.forEach(after::remove);
        return List.copyOf(after.values());
    }

    /** Appends the versions; returns the ids whose served content changes. */
    List<String> apply(Connection c, EntryVersions store, String author, Instant at) throws SQLException {
        List<String> ids = new ArrayList<>();
        for (FaqEntry e : added) {
            store.create(c, new EntryContent(e, null, null), "imported", author, at, true);
            ids.add(e.id());
        }
        for (FaqEntry e : changed.values()) {
            EntryVersions.State s = store.lock(c, e.id()).orElseThrow();
            store.append(c, s, s.head().with(e), "imported", author, at, s.headVersion() + 1);
            ids.add(e.id());
        }
        for (String id : removed) {
            EntryVersions.State s = store.lock(c, id).orElseThrow();
            store.append(c, s, s.head(), "withdrawn", author, at, null);
            ids.add(id);
        }
        return ids;
    }

    /** {@code {"added","changed","removed","unchanged"}}. */
    Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("added", added.stream().map(FaqEntry::id).toList());
        List<Map<String, Object>> ch = new ArrayList<>();
        changedFields.forEach((id, fields) -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("id", id);
            one.put("fields", fields);
            ch.add(one);
        });
        out.put("changed", ch);
        out.put("removed", removed);
        out.put("unchanged", unchanged);
        return out;
    }
}
