package org.switchboard.server.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.listener.SuggestedReply;

/** {@code config/triage.yaml}: the shipped file loads; every mistake names the file and the key. */
class TriageConfigTest {
    private static final Path SHIPPED = Path.of("..", "config", "triage.yaml");

    @TempDir
    Path dir;

    @Test
    void theShippedFileLoads() {
        TriageConfig c = TriageConfig.load(SHIPPED);
        assertEquals(Duration.ofHours(1), c.targets().complaint());
        assertEquals(Duration.ofHours(10), c.targets().all());
        assertEquals(0.5, c.targets().amberAt());
        assertEquals("Billing lead", c.directory().find("billing_lead").orElseThrow().name());
        for (String lang : HoldingReplies.LANGUAGES) {
            String reply = c.replies().suggest(lang, null);
            assertTrue(reply.contains("billing@example.com") && !reply.contains("{contact}"), lang + ": " + reply);
        }
    }

    @Test
    void theHoldingReplyIsInTheMentionsLanguageWithTheFaqAnswer() {
        HoldingReplies r = TriageConfig.load(SHIPPED).replies();
        String vi = r.suggest("vi", new SuggestedReply("refund", "Hoàn tiền trong 5 ngày.", 0.9));
        assertTrue(vi.startsWith("Chúng tôi rất tiếc") && vi.endsWith("Thông tin này có thể giúp bạn ngay: Hoàn tiền trong 5 ngày."), vi);
        assertTrue(r.suggest("xx", null).startsWith("We're sorry"));
    }

    @Test
    void aComplaintIsDueSoonerThanOtherMentions() {
        ResponseTargets t = TriageConfig.load(SHIPPED).targets();
        Instant posted = Instant.parse("2026-11-23T08:00:00Z");
        assertEquals(Instant.parse("2026-11-23T09:00:00Z"), t.due(posted, true));
        assertEquals(Instant.parse("2026-11-23T18:00:00Z"), t.due(posted, false));
    }

    @Test
    void mistakesNameTheFileAndTheKey() throws IOException {
        String shipped = Files.readString(SHIPPED);
        assertError(shipped.replace("amber_at: 0.5", "amber_at: 0.5\ncolour: red"), "unknown key 'colour'");
        assertError(shipped.replace("complaint: 1h", "complaint: soon"), "'targets.complaint' must be a duration");
        assertError(shipped.replace("  all: 10h\n", ""), "missing key 'targets.all'");
        assertError(shipped.replace("amber_at: 0.5", "amber_at: 2"), "'amber_at' must be a number between 0 and 1");
        assertError(shipped.replace("id: comms", "id: billing_lead"), "'directory[2].id' repeats 'billing_lead'");
        assertError(shipped.replace("    faq: \"Maaaring makatulong ito agad:\"\n", ""), "missing key 'holding_replies.tl.faq'");
        assertError(shipped.replace("  ar:\n", "  fr:\n"), "unknown key 'holding_replies.fr'");
        assertError(shipped.replace("targets:\n", "targets:\n  question: 2h\n"), "unknown key 'targets.question'");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> TriageConfig.load(dir.resolve("none.yaml")));
        assertTrue(missing.getMessage().contains("none.yaml: missing"), missing.getMessage());
    }

    private void assertError(String yaml, String expected) throws IOException {
        Path f = dir.resolve("triage.yaml");
        Files.writeString(f, yaml);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TriageConfig.load(f));
        assertTrue(e.getMessage().startsWith(f + ": ") && e.getMessage().contains(expected), e.getMessage());
    }
}
