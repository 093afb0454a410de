package org.switchboard.faq.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.switchboard.faq.io.Fixtures.ENGLISH;
import static org.switchboard.faq.io.Fixtures.assertFailure;
import static org.switchboard.faq.io.Fixtures.fixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqFormatException;

class FaqImporterTest {
    @TempDir
    Path dir;

    @Test
    void readsAllFilesOfACorpusInOrder() throws Exception {
        Path general = write("general.yaml", "- {id: hours, question: \"When?\", answer: Nine., follow_ups: [pay]}\n");
        Path billing = write("billing.csv", "pay,How can I pay?,By card.\n");
        List<FaqEntry> entries = ENGLISH.readAll(List.of(general, billing));
        assertEquals(List.of("hours", "pay"), entries.stream().map(FaqEntry::id).toList());
    }

    @Test
    void duplicateIdAcrossTwoFilesImportsNothingAndNamesBothPlaces() throws Exception {
        Path first = write("a.yaml", "entries:\n  - id: hours\n    question: When?\n    answer: Nine.\n");
        Path second = write("b.csv", "id,question,answer\nother,Q?,A.\nhours,Open?,Ten.\n");
        FaqFormatException e = assertThrows(FaqFormatException.class, () -> ENGLISH.readAll(List.of(first, second)));
        assertFailure(e, second.toString(), 3, "duplicate id 'hours', first used at " + first + ": line 2");
    }

    @Test
    void unknownFollowUpIsAnErrorNamingTheEntry() throws Exception {
        Path file = write("faq.yaml", "- id: a\n  question: q\n  answer: x\n- id: b\n  question: q\n  answer: x\n"
                + "  follow_ups: [a, c]\n");
        FaqFormatException e = assertThrows(FaqFormatException.class, () -> ENGLISH.readAll(List.of(file)));
        assertFailure(e, file.toString(), 4, "entry 'b' lists unknown follow-up 'c'; no entry has that id");
    }

    @Test
    void followUpsMayPointIntoAnotherFileButNotWhenReadAlone() throws Exception {
        Path first = write("a.yaml", "- {id: a, question: q, answer: x, follow_ups: [b]}\n");
        Path second = write("b.yaml", "- {id: b, question: q, answer: x}\n");
        assertEquals(2, ENGLISH.readAll(List.of(first, second)).size());
        assertEquals(1, ENGLISH.read(first).size(), "read() checks only what one file can know");
    }

    @Test
    void entryListingItselfAsFollowUpIsAnError() throws Exception {
        Path file = write("faq.csv", "a,q,x,en,,b;a\nb,q,y\n");
        FaqFormatException e = assertThrows(FaqFormatException.class, () -> ENGLISH.read(file));
        assertFailure(e, file.toString(), 1, "entry 'a' lists itself as a follow-up");
    }

    @Test
    void duplicateIdWithinOneFileIsAnError() throws Exception {
        Path file = write("faq.json", "[{\"id\": \"a\", \"question\": \"q\", \"answer\": \"x\"},\n"
                + " {\"id\": \"a\", \"question\": \"r\", \"answer\": \"y\"}]");
        FaqFormatException e = assertThrows(FaqFormatException.class, () -> ENGLISH.read(file));
        assertFailure(e, file.toString(), 2, "duplicate id 'a', first used at " + file + ": line 1");
    }

    @Test
    void brokenFileAmongGoodOnesFailsTheWholeImport() throws Exception {
        Path good = write("good.yaml", "- {id: a, question: q, answer: x}\n");
        Path bad = write("bad.md", "## No answer?\n");
        FaqFormatException e = assertThrows(FaqFormatException.class, () -> ENGLISH.readAll(List.of(good, bad)));
        assertFailure(e, bad.toString(), 1, "has no answer below it");
    }

    @Test
    void unknownExtensionIsAFormatErrorNamingTheFile() throws Exception {
        Path file = write("faq.txt", "a,q,x\n");
        FaqFormatException e = assertThrows(FaqFormatException.class, () -> ENGLISH.read(file));
        assertFailure(e, file.toString(), 0, "cannot tell the FAQ format of '" + file + "'");
    }

    @Test
    void byteOrderMarkIsIgnored() throws Exception {
        Path file = write("excel.csv", "\uFEFFid,question,answer\na,q,x\n");
        assertEquals("a", ENGLISH.read(file).get(0).id());
    }

    @Test
    void textThatIsNotUtf8IsAnError() throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "a,caf\u00e9,x\n".getBytes(StandardCharsets.ISO_8859_1));
        FaqFormatException e = assertThrows(FaqFormatException.class, () -> ENGLISH.read(file));
        assertFailure(e, file.toString(), 0, "not UTF-8 text; save the file as UTF-8");
    }

    @Test
    void missingFileIsAnIoError() {
        assertThrows(java.nio.file.NoSuchFileException.class, () -> ENGLISH.read(dir.resolve("gone.yaml")));
    }

    @Test
    void readsTheFixtureCorpusInEveryFormatTogether() throws Exception {
        List<Path> files = List.of(fixture("native.yaml"), fixture("faq.md"), fixture("faqpage-jsonld.html"),
                fixture("details.html"), fixture("dl.html"), fixture("headings.html"), fixture("vietnamese.html"));
        assertEquals(15, ENGLISH.readAll(files).size());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
