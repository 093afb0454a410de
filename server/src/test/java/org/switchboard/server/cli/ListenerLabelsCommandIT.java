package org.switchboard.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.Language;
import org.switchboard.listener.Mention;
import org.switchboard.listener.NearDuplicates;
import org.switchboard.listener.Post;
import org.switchboard.listener.TextFingerprint;
import org.switchboard.listener.source.SourceState;
import org.switchboard.listener.understand.LabelFile;
import org.switchboard.listener.understand.LabelledPost;
import org.switchboard.listener.understand.Labels;
import org.switchboard.listener.understand.Sentiment;
import org.switchboard.listener.understand.Task;
import org.switchboard.listener.watch.TermKind;
import org.switchboard.listener.watch.TermMatch;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;
import org.switchboard.server.listener.MentionRepository;
import org.switchboard.server.triage.TriageRepository;

/**
 * {@code listener labels}: the corrections made on the triage desk come out as the CSV
 * {@code listener train --labels} reads.
 */
class ListenerLabelsCommandIT {
    @TempDir
    Path dir;

    @Test
    void printsTheTeamsCorrectionsAsTrainingLabels() throws Exception {
        Path data = dir.resolve("data");
        try (Database db = Database.open(DatabaseConfig.embedded(), data)) {
            MentionRepository mentions = new MentionRepository(db.transactions(), Clock.systemUTC());
            List<Long> ids = mentions.store("alerts", "feed", List.of(mention("1", "Acme, \"really\" great service, thanks"),
                    mention("2", "Acme billing charged me twice")), new SourceState(null, LocalDate.now(), 2, 2),
                    new NearDuplicates(10)).created();
            TriageRepository triage = new TriageRepository(db.transactions(), Clock.systemUTC());
            triage.correct(ids.get(0), 0, "complaint", "not_complaint", "lea");
            triage.correct(ids.get(0), 1, "sentiment", "positive", "lea");
            triage.correct(ids.get(1), 0, "complaint", "complaint", "sam");
        }
        Console c = new Console(dir);
        assertEquals(ExitCodes.OK, c.run("--data", data.toString(), "listener", "labels", "--task", "complaint"), c.stderrText());
        assertEquals("id,text,label\r\nmention-1,\"Acme, \"\"really\"\" great service, thanks\",not_complaint\r\n"
                + "mention-2,Acme billing charged me twice,complaint\r\n", c.stdoutText());
        assertTrue(c.stderrText().contains("2 corrected complaint labels"), c.stderrText());
        Path csv = Files.writeString(dir.resolve("corrections.csv"), c.stdoutText());
        List<LabelledPost> read = LabelFile.read(csv, Task.COMPLAINT, text -> Language.ENGLISH);
        assertEquals(List.of("not_complaint", "complaint"), read.stream().map(LabelledPost::outcome).toList());

        Console s = new Console(dir);
        assertEquals(ExitCodes.OK, s.run("--data", data.toString(), "listener", "labels", "--task", "sentiment"));
        assertEquals("id,text,label\r\nmention-1,\"Acme, \"\"really\"\" great service, thanks\",positive\r\n", s.stdoutText());
        Console q = new Console(dir);
        assertEquals(ExitCodes.USAGE, q.run("--data", data.toString(), "listener", "labels", "--task", "question"));
    }

    private static Mention mention(String id, String text) {
        Post p = new Post(id, "alerts", text, "@ana", 10, 0, "https://x.example/" + id, Instant.now(), null);
        return new Mention(p, Language.ENGLISH, List.of(new TermMatch("Acme", TermKind.BRAND, 0, 4)),
                new Labels(Sentiment.NEGATIVE, 0.9, true, 0.8, false, 0.7, false, 0.95), 50, Optional.empty(),
                TextFingerprint.of(text));
    }
}
