package org.switchboard.server.callback;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.bot.callback.Rota;
import org.switchboard.bot.callback.Shift;
import org.switchboard.server.jdbc.Transactions;

/**
 * Rotas a supervisor has set, per team. A team with none stored uses the default of
 * {@code config/callbacks.yaml} ({@link org.switchboard.server.callback.CallbackService} decides).
 * {@link #replace} swaps a team's whole rota in one transaction, so readers see the old one or the
 * new one, never a mix. Thread-safe.
 */
public final class RotaRepository {
    private final Transactions transactions;
    private final Clock clock;

    public RotaRepository(Transactions transactions, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The team's stored rota, or empty when none was ever stored (the configured default applies). */
    public Optional<Rota> find(String team) {
        return transactions.read("read the rota of " + team, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM callback_rota WHERE team = ?")) {
                ps.setString(1, team);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                }
            }
            List<Shift> shifts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT day_of_week, start_minute, end_minute, agent"
                    + " FROM callback_rota_shift WHERE team = ?")) {
                ps.setString(1, team);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        shifts.add(new Shift(DayOfWeek.of(rs.getInt(1)), time(rs.getInt(2)), time(rs.getInt(3)), rs.getString(4)));
                    }
                }
            }
            return Optional.of(new Rota(shifts));
        });
    }

    /**
     * Replaces the team's rota (an empty rota means nobody takes call backs) and records who did it.
     *
     * @param by the supervisor's staff login, or null for the system
     */
    public void replace(String team, Rota rota, String by) {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(rota, "rota");
        OffsetDateTime now = clock.instant().atOffset(java.time.ZoneOffset.UTC);
        transactions.write("replace the rota of " + team, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM callback_rota WHERE team = ?")) {
                ps.setString(1, team);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO callback_rota (team, updated_at, updated_by) VALUES (?, ?, ?)")) {
                ps.setString(1, team);
                ps.setObject(2, now);
                ps.setString(3, by);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO callback_rota_shift"
                    + " (team, day_of_week, start_minute, end_minute, agent) VALUES (?, ?, ?, ?, ?)")) {
                for (Shift s : rota.shifts()) {
                    ps.setString(1, team);
                    ps.setInt(2, s.day().getValue());
                    ps.setInt(3, s.start().toSecondOfDay() / 60);
                    ps.setInt(4, s.end().equals(LocalTime.MIDNIGHT) ? 24 * 60 : s.end().toSecondOfDay() / 60);
                    ps.setString(5, s.agent());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Forgets the team's stored rota: the configured default applies again. */
    public boolean reset(String team) {
        return transactions.write("reset the rota of " + team, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM callback_rota WHERE team = ?")) {
                ps.setString(1, team);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static LocalTime time(int minutes) {
        return minutes >= 24 * 60 ? LocalTime.MIDNIGHT : LocalTime.of(minutes / 60, minutes % 60);
    }
}
