package org.switchboard.listener.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.Language;

class TrainingSetTest {
    private static final String HEADER = "id,language,sentiment,complaint,question,abusive,text\n";

    @TempDir
    Path dir;

    @Test
    void eachRowGivesOnePostPerTask() throws IOException {
        Path f = dir.resolve("m.csv");
        Files.writeString(f, HEADER + "vi-1,vi,negative,yes,no,no,\"mạng mất, sửa đi\"\nen-1,en,positive,no,no,no,thanks\n");
        TrainingSet set = TrainingSet.read(f);
        assertEquals(List.of(new LabelledPost("vi-1", "mạng mất, sửa đi", "complaint", Language.VIETNAMESE),
                new LabelledPost("en-1", "thanks", "not_complaint", Language.ENGLISH)), set.forTask(Task.COMPLAINT));
        assertEquals(List.of("negative", "positive"),
                set.forTask(Task.SENTIMENT).stream().map(LabelledPost::outcome).toList());
    }

    @Test
    void badRowsAreAllReportedWithTheirLines() throws IOException {
        Path f = dir.resolve("m.csv");
        Files.writeString(f, HEADER + "a,en,negative,yes,no,no,ok\n" + "b,xx,negative,yes,no,no,ok\n"
                + "c,en,angry,yes,no,no,ok\n" + "d,en,neutral,no,no,no,\n" + "a,en,neutral,no,no,no,again\n"
                + "e,en,neutral\n");
        List<String> problems = assertThrows(LabelFileException.class, () -> TrainingSet.read(f)).problems();
        assertEquals(List.of(f + ":3: unsupported language 'xx'",
                f + ":4: sentiment label 'angry' is not one of negative/neutral/positive (or neg/neu/pos, -1/0/1)",
                f + ":5: empty text",
                f + ":6: duplicate id 'a'",
                f + ":7: expected 7 columns, found 3"), problems);
    }

    @Test
    void theHeaderIsRequired() throws IOException {
        Path f = dir.resolve("m.csv");
        Files.writeString(f, "a,en,negative,yes,no,no,ok\n");
        assertEquals(List.of(f + ":1: the header must be " + HEADER.strip()),
                assertThrows(LabelFileException.class, () -> TrainingSet.read(f)).problems());
    }
}
