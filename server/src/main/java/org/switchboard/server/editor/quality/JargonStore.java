package org.switchboard.server.editor.quality;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.faq.Language;
import org.switchboard.faq.plain.JargonList;
import org.switchboard.faq.plain.JargonLists;
import org.switchboard.faq.plain.JargonTerm;
import org.switchboard.server.jdbc.Transactions;

/**
 * Each language's jargon list: the one an editor saved ({@code faq_jargon_list}, V11), else the
 * default file {@code config/faq/jargon/<lang>.yaml} (read at each call: an operator's edit counts
 * at once, and the lists are small). Thread-safe.
 */
public final class JargonStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Map<String, String>>> TERMS = new TypeReference<>() {
    };

    private final Transactions transactions;
    private final Path configDir;
    private final Clock clock;

    /** @param configDir the configuration directory holding {@code faq/jargon/} */
    public JargonStore(Transactions transactions, Path configDir, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.configDir = Objects.requireNonNull(configDir, "configDir");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The list in force for a language. */
    public JargonList list(Language language) {
        return saved(language).orElseGet(() -> defaults(language));
    }

    /** The default list of the configuration. */
    public JargonList defaults(Language language) {
        try {
            return JargonLists.load(JargonLists.file(configDir, language), language);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + JargonLists.file(configDir, language) + ": " + e.getMessage(), e);
        }
    }

    /** Saves an editor's list for a language (it replaces the default from now on). */
    public JargonList save(Language language, List<JargonTerm> terms, String editor) {
        JargonList list = new JargonList(language, terms);
        String json;
        try {
            json = JSON.writeValueAsString(list.terms().stream()
                    .map(t -> Map.of("term", t.term(), "suggestion", t.suggestion())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("terms could not be written as JSON", e);
        }
        transactions.write("save the " + language.code() + " jargon list", c -> {
            // update, else insert; a save racing this one between the two makes the insert do
            // nothing, and the update after it wins as the later save
            for (int attempt = 0; attempt < 2; attempt++) {
                try (PreparedStatement up = c.prepareStatement(
                        "UPDATE faq_jargon_list SET terms = ?, edited_by = ?, edited_at = ? WHERE language = ?")) {
                    up.setString(1, json);
                    up.setString(2, editor);
                    up.setObject(3, clock.instant().atOffset(ZoneOffset.UTC));
                    up.setString(4, language.code());
                    if (up.executeUpdate() == 1) {
                        return null;
                    }
                }
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO faq_jargon_list (language, terms, edited_by,"
                        + " edited_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                    ins.setString(1, language.code());
                    ins.setString(2, json);
                    ins.setString(3, editor);
                    ins.setObject(4, clock.instant().atOffset(ZoneOffset.UTC));
                    if (ins.executeUpdate() == 1) {
                        return null;
                    }
                }
            }
            throw new java.sql.SQLException("the " + language.code() + " jargon list could not be saved");
        });
        return list;
    }

    private Optional<JargonList> saved(Language language) {
        String json = transactions.read("read the " + language.code() + " jargon list", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT terms FROM faq_jargon_list WHERE language = ?")) {
                ps.setString(1, language.code());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        if (json == null) {
            return Optional.empty();
        }
        try {
            List<JargonTerm> terms = JSON.readValue(json, TERMS).stream()
                    .map(m -> new JargonTerm(m.get("term"), m.get("suggestion"))).toList();
            return Optional.of(new JargonList(language, terms));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the saved " + language.code() + " jargon list is not valid JSON", e);
        }
    }
}
