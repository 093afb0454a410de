package org.switchboard.server.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.bot.callback.CallbackRules;

/** The {@code keeping:} section of callbacks.yaml and the webhook's environment. */
class KeepingRulesTest {
    @TempDir
    Path dir;

    private Path file(String yaml) throws Exception {
        Path f = dir.resolve("callbacks.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void theShippedFileIsReadByBothTheBotAndTheServer() {
        Path shipped = Path.of("../config/callbacks.yaml");
        CallbackRules.load(shipped);
        KeepingRules k = KeepingRules.load(shipped, Map.of());
        assertEquals(Duration.ofMinutes(10), k.remindBefore());
        assertEquals(Duration.ofMinutes(15), k.overdueAfter());
        assertEquals(Duration.ofMinutes(10), k.keptWithin());
        assertTrue(k.webhook().isEmpty());
    }

    @Test
    void keysAndTheEnvironment() throws Exception {
        Path f = file("slot_minutes: 30\nkeeping:\n  remind_minutes_before: 5\n  overdue_after_minutes: 20\n"
                + "  kept_within_minutes: 0\n  webhook_url: http://127.0.0.1:9/hook\n  webhook_attempts: 3\n");
        CallbackRules.load(f);
        KeepingRules k = KeepingRules.load(f, Map.of(KeepingRules.SECRET_ENV, "sixteen chars ok"));
        assertEquals(Duration.ofMinutes(5), k.remindBefore());
        assertEquals(Duration.ofMinutes(20), k.overdueAfter());
        assertEquals(Duration.ZERO, k.keptWithin());
        assertEquals(3, k.webhookAttempts());
        assertEquals("http://127.0.0.1:9/hook", k.webhook().orElseThrow().url().toString());
        KeepingRules fromEnv = KeepingRules.load(f, Map.of(KeepingRules.SECRET_ENV, "sixteen chars ok",
                KeepingRules.URL_ENV, "https://hooks.example.org/switchboard"));
        assertEquals("https://hooks.example.org/switchboard", fromEnv.webhook().orElseThrow().url().toString());
        assertTrue(!fromEnv.webhook().orElseThrow().toString().contains("sixteen"), "the secret is not printed");
    }

    @Test
    void withoutTheFileTheStandardRulesApplyAndTheWebhookStillNeedsItsSecret() {
        Path none = dir.resolve("callbacks.yaml");
        assertEquals(KeepingRules.standard(), KeepingRules.load(none, Map.of()));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KeepingRules.load(none,
                Map.of(KeepingRules.URL_ENV, "https://hooks.example.org/x"))).getMessage().contains(KeepingRules.SECRET_ENV));
    }

    @Test
    void mistakesAreNamed() throws Exception {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KeepingRules.load(file("keeping:\n  remind_before: 5\n"),
                Map.of())).getMessage().contains("unknown key 'keeping.remind_before'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KeepingRules.load(
                file("keeping:\n  overdue_after_minutes: 0\n"), Map.of())).getMessage().contains("'keeping.overdue_after_minutes'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KeepingRules.load(
                file("keeping:\n  webhook_url: http://127.0.0.1:9/\n"), Map.of())).getMessage()
                .contains(KeepingRules.SECRET_ENV));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KeepingRules.load(file("keeping: {}\n"),
                Map.of(KeepingRules.URL_ENV, "ftp://x/", KeepingRules.SECRET_ENV, "sixteen chars ok"))).getMessage()
                .contains("http or https"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KeepingRules.load(file("keeping: {}\n"),
                Map.of(KeepingRules.URL_ENV, "https://u:p@x/", KeepingRules.SECRET_ENV, "sixteen chars ok"))).getMessage()
                .contains("no credentials"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CallbackRules.load(file("keep:\n  x: 1\n")))
                .getMessage().contains("unknown key 'keep'"));
    }
}
