package org.switchboard.server.editor.quality;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.server.jdbc.Transactions;

/** The regression questions in {@code faq_regression_question} (V11), on H2 and PostgreSQL. Thread-safe. */
public final class RegressionQuestions {
    private static final String COLUMNS = "id, question, language, expected_id, author, created_at,"
            + " last_passed, last_decision, last_got_id, last_at";

    private final Transactions transactions;

    public RegressionQuestions(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** Stores a new question, not yet run. */
    public RegressionQuestion add(String question, String language, String expectedId, String author, Instant at) {
        long id = transactions.write("add a regression question", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO faq_regression_question"
                    + " (question, language, expected_id, author, created_at) VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, question);
                ps.setString(2, language);
                ps.setString(3, expectedId);
                ps.setString(4, author);
                ps.setObject(5, utc(at));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new RegressionQuestion(id, question, language, expectedId, author, at, null);
    }

    /** Every question, oldest first. */
    public List<RegressionQuestion> all() {
        return transactions.read("list the regression questions", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM faq_regression_question ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                List<RegressionQuestion> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row(rs));
                }
                return out;
            }
        });
    }

    /** One question by number. */
    public Optional<RegressionQuestion> find(long id) {
        return transactions.read("read a regression question", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM faq_regression_question WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Removes a question; false when there was none with that number. */
    public boolean delete(long id) {
        return transactions.write("delete a regression question", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM faq_regression_question WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Stores the latest run of each question, all in one transaction; questions deleted meanwhile are skipped. */
    public void record(List<Recorded> runs) {
        if (runs.isEmpty()) {
            return;
        }
        transactions.write("store the regression results", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE faq_regression_question SET last_passed = ?,"
                    + " last_decision = ?, last_got_id = ?, last_at = ? WHERE id = ?")) {
                for (Recorded r : runs) {
                    ps.setBoolean(1, r.run().passed());
                    ps.setString(2, r.run().decision());
                    ps.setString(3, r.run().gotId());
                    ps.setObject(4, utc(r.run().at()));
                    ps.setLong(5, r.id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** A run of one question, to store. */
    public record Recorded(long id, RegressionQuestion.LastRun run) {
    }

    private static RegressionQuestion row(ResultSet rs) throws SQLException {
        boolean passed = rs.getBoolean("last_passed");
        RegressionQuestion.LastRun last = rs.wasNull() ? null : new RegressionQuestion.LastRun(passed,
                rs.getString("last_decision"), rs.getString("last_got_id"), instant(rs, "last_at"));
        return new RegressionQuestion(rs.getLong("id"), rs.getString("question"), rs.getString("language"),
                rs.getString("expected_id"), rs.getString("author"), instant(rs, "created_at"), last);
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

}
