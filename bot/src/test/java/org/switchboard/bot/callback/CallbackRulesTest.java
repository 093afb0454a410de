package org.switchboard.bot.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallbackRulesTest {
    @TempDir
    Path dir;

    @Test
    void theShippedFileLoads() {
        CallbackRules rules = CallbackRules.load(Path.of("..", "config", "callbacks.yaml"));
        assertEquals(Duration.ofMinutes(30), rules.defaults().slotLength());
        assertTrue(rules.settings("support").rota().shifts().size() > 0, "support has a default rota");
        assertEquals(10, rules.defaults().serviceLevel().hours());
    }

    @Test
    void teamsOverrideTheDefaultsAndDayRangesExpand() throws IOException {
        CallbackRules rules = CallbackRules.load(write("""
                slot_minutes: 20
                service_level_hours: 8
                teams:
                  billing:
                    calls_per_agent: 2
                    rota:
                      - {agents: [ana, ben], days: "monday-friday", hours: "09:00-13:00"}
                      - {agents: chris, days: [saturday], hours: "10:00-24:00"}
                """));
        CallbackRules.Settings billing = rules.settings("billing");
        assertEquals(Duration.ofMinutes(20), billing.slotLength());
        assertEquals(2, billing.callsPerAgent());
        assertEquals(8, billing.serviceLevel().hours());
        assertEquals(11, billing.rota().shifts().size());
        assertEquals(2, billing.rota().onShift(DayOfWeek.WEDNESDAY, LocalTime.of(12, 0), LocalTime.of(12, 20)));
        assertEquals(1, billing.rota().onShift(DayOfWeek.SATURDAY, LocalTime.of(23, 40), LocalTime.MIDNIGHT));
        assertEquals(0, rules.settings("other").rota().shifts().size(), "other teams: the defaults, nobody on the rota");
    }

    @Test
    void aConfigurationWithoutTheFileMeansNobodyOnARota() {
        CallbackRules rules = CallbackRules.load(dir.resolve("callbacks.yaml"));
        assertEquals(CallbackRules.standard(), rules);
        assertTrue(rules.settings("support").rota().shifts().isEmpty());
    }

    @Test
    void mistakesNameTheFileAndTheKey() throws IOException {
        problem("slot_minuts: 30\n", "unknown key 'slot_minuts' (known: slot_minutes, calls_per_agent, service_level_hours,"
                + " min_notice_minutes, book_ahead_days, offer_slots, teams, keeping)");
        problem("slot_minutes: 2\n", "'slot_minutes' must be a whole number 5..240, not '2'");
        problem("teams: {support: {rota: [{agents: [ana], days: [funday], hours: \"08:00-12:00\"}]}}\n",
                "'teams.support.rota[0].days': unknown day 'funday' (known: monday … sunday)");
        problem("teams: {support: {rota: [{agents: [ana], days: [monday], hours: \"8-12\"}]}}\n",
                "'teams.support.rota[0].hours' must be a span such as \"08:00-14:00\", not '8-12'");
        problem("teams: {support: {rota: [{agents: [ana], days: [monday], hours: \"08:00-12:00\"},"
                        + " {agents: [ana], days: [monday], hours: \"11:00-13:00\"}]}}\n",
                "'teams.support.rota': agent ana has overlapping shifts on MONDAY: 08:00-12:00 and 11:00-13:00");
    }

    private void problem(String yaml, String expected) throws IOException {
        Path file = write(yaml);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CallbackRules.load(file));
        assertEquals(file + ": " + expected, e.getMessage());
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("callbacks.yaml"), yaml);
    }
}
