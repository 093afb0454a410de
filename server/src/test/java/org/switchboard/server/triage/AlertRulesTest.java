package org.switchboard.server.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.listener.watch.Watchlist;

class AlertRulesTest {
    static final String F = "config/listener/alerts.yaml";
    static final Watchlist WATCHLIST = Watchlist.parse("terms: [{name: Acme, kind: brand}, {name: Maria Santos, kind: staff},"
            + " {name: Linh Nguyen, kind: staff}]", "watchlist.yaml");
    static final Map<String, String> SECRET = Map.of(AlertRules.SECRET_ENV, "sixteen chars at least");

    static String error(String yaml, Map<String, String> env) {
        return assertThrows(IllegalArgumentException.class, () -> AlertRules.parse(yaml, F, env, WATCHLIST)).getMessage();
    }

    @Test
    void everyKeyIsOptional() {
        AlertRules r = AlertRules.parse("", F, Map.of(), null);
        assertEquals(SurgeRule.standard(), r.surge());
        assertEquals(70, r.highPriority());
        assertTrue(r.webhook().isEmpty());
        assertEquals(Map.of(), r.staffNotices());
    }

    @Test
    void readsEveryKey() {
        AlertRules r = AlertRules.parse("""
                surge: {window: 30m, history_days: 14, k: 2.5, at_least: 4, check_every: 20s}
                high_priority: 80
                webhook: {url: "https://hooks.example/in", attempts: 6, first_retry: 500ms}
                staff_notices:
                  maria santos: maria@acme.example
                  Linh Nguyen: linh
                """, F, SECRET, WATCHLIST);
        assertEquals(new SurgeRule(Duration.ofMinutes(30), 14 * 48, 2.5, 4), r.surge());
        assertEquals(Duration.ofSeconds(20), r.checkEvery());
        assertEquals(80, r.highPriority());
        assertEquals("https://hooks.example/in", r.webhook().orElseThrow().url().toString());
        assertEquals(6, r.attempts());
        assertEquals(Duration.ofMillis(500), r.firstRetry());
        assertEquals(new AlertRules.Contact("email", "maria@acme.example"), r.staffNotices().get("Maria Santos"));
        assertEquals(new AlertRules.Contact("staff", "linh"), r.staffNotices().get("Linh Nguyen"));
        assertFalse(r.webhook().orElseThrow().toString().contains("sixteen"), "the secret is never printed");
    }

    @Test
    void theEnvironmentsUrlWinsAndTheSecretIsRequired() {
        AlertRules r = AlertRules.parse("webhook: {url: 'https://file.example/'}", F,
                Map.of(AlertRules.URL_ENV, "http://127.0.0.1:9/hook", AlertRules.SECRET_ENV, "sixteen chars at least"), null);
        assertEquals("http://127.0.0.1:9/hook", r.webhook().orElseThrow().url().toString());
        assertTrue(error("webhook: {url: 'https://file.example/'}", Map.of()).startsWith(AlertRules.SECRET_ENV + " must be set"));
        assertTrue(error("", Map.of(AlertRules.URL_ENV, "https://x.example/", AlertRules.SECRET_ENV, "short"))
                .contains("at least 16"));
        assertEquals(F + ": key 'webhook.url': the webhook must be an http or https URL with a host",
                error("webhook: {url: 'ftp://x.example/'}", SECRET));
    }

    @Test
    void mistakesNameTheFileAndTheKey() {
        assertEquals(F + ": unknown key 'surge.windw' (known under 'surge': window, history_days, k, at_least, check_every)",
                error("surge: {windw: 1h}", Map.of()));
        assertEquals(F + ": unknown key 'hooks' (known: surge, high_priority, webhook, staff_notices)", error("hooks: 1", Map.of()));
        assertEquals(F + ": key 'surge.k' must be a number 0.0..10.0, not 'many'", error("surge: {k: many}", Map.of()));
        assertEquals(F + ": key 'surge.at_least' must be a whole number 1..100000, not '0'", error("surge: {at_least: 0}", Map.of()));
        assertEquals(F + ": key 'high_priority' must be a whole number 0..100, not '101'", error("high_priority: 101", Map.of()));
        assertTrue(error("surge: {window: 5 minutes}", Map.of()).startsWith(F + ": key 'surge.window' must be a duration"));
        assertEquals(F + ": key 'surge' must be a mapping of window, history_days, k, at_least, check_every",
                error("surge: 3", Map.of()));
    }

    @Test
    void staffNoticesNameStaffTermsOfTheWatchlistAndAContact() {
        assertEquals(F + ": key 'staff_notices.Acme': not a staff term of the watchlist (staff terms: Maria Santos, Linh Nguyen)",
                error("staff_notices: {Acme: boss@acme.example}", Map.of()));
        assertEquals(F + ": key 'staff_notices.Maria Santos' must be an e-mail address or a staff login, not 'two words'",
                error("staff_notices: {Maria Santos: two words}", Map.of()));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AlertRules.parse("staff_notices: {Maria Santos: m}", F,
                Map.of(), null)).getMessage().contains("(staff terms: none)"));
    }

    @Test
    void theShippedFileLoadsWithTheShippedWatchlist() {
        Path config = Path.of("..", "config", "listener");
        AlertRules r = AlertRules.load(config.resolve("alerts.yaml"), Map.of(), Watchlist.load(config.resolve("watchlist.yaml")));
        assertEquals(SurgeRule.standard(), r.surge());
        assertEquals(Duration.ofMinutes(1), r.checkEvery());
        assertTrue(r.webhook().isEmpty());
        // its commented example is valid too
        String example = "staff_notices:\n  Maria Santos: maria.santos@acme.example\n  Linh Nguyen: linh\n";
        assertEquals(2, AlertRules.parse(example, F, Map.of(), Watchlist.load(config.resolve("watchlist.yaml"))).staffNotices().size());
    }
}
