package org.switchboard.listener.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.Language;

class LabelFileTest {
    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("labels.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<LabelledPost> read(String text, Task task) throws IOException {
        return LabelFile.read(write(text), task, t -> Language.ENGLISH);
    }

    private List<String> problems(String text, Task task) throws IOException {
        Path file = write(text);
        return assertThrows(LabelFileException.class, () -> LabelFile.read(file, task, t -> Language.ENGLISH))
                .problems().stream().map(p -> p.replace(file.toString(), "F")).toList();
    }

    @Test
    void readsRowsWithOrWithoutHeaderIgnoringExtraColumns() throws IOException {
        List<LabelledPost> withHeader = read("id,text,label,domain\n1,\"down again, fix it\",1,telecom\n2,thanks!,0,x\n",
                Task.COMPLAINT);
        assertEquals(List.of(new LabelledPost("1", "down again, fix it", "complaint", Language.ENGLISH),
                new LabelledPost("2", "thanks!", "not_complaint", Language.ENGLISH)), withHeader);
        assertEquals(withHeader, read("1,\"down again, fix it\",1\r\n\n2,thanks!,0\n", Task.COMPLAINT));
    }

    @Test
    void acceptsTheUsualSpellingsOfLabels() throws IOException {
        List<LabelledPost> posts = read("""
                a,x,yes
                b,x,No
                c,x,TRUE
                d,x,false
                e,x,complaint
                f,x,not_complaint
                g,x,not complaint
                h,x, 1
                """, Task.COMPLAINT);
        assertEquals(List.of("complaint", "not_complaint", "complaint", "not_complaint", "complaint", "not_complaint",
                "not_complaint", "complaint"), posts.stream().map(LabelledPost::outcome).toList());
        assertEquals(List.of("negative", "neutral", "positive", "negative", "positive"),
                read("a,x,negative\nb,x,neutral\nc,x,Positive\nd,x,-1\ne,x,pos\n", Task.SENTIMENT).stream()
                        .map(LabelledPost::outcome).toList());
        assertEquals(List.of("question", "not_question"),
                read("a,x,question\nb,x,0\n", Task.QUESTION).stream().map(LabelledPost::outcome).toList());
    }

    @Test
    void eachBadRowIsReportedWithFileAndLine() throws IOException {
        assertEquals(List.of(
                "F:2: expected the columns id,text,label, found 2 columns",
                "F:3: empty id",
                "F:4: empty text (id 4)",
                "F:5: label 'maybe' is not one of 1/0, yes/no, true/false, complaint/not_complaint (task complaint)",
                "F:6: empty label is not one of 1/0, yes/no, true/false, complaint/not_complaint (task complaint)",
                "F:7: id '1' is already on line 1",
                "F:8: expected the columns id,text,label, found 1 column"),
                problems("1,fine,1\n2,no label\n,no id,0\n4,  ,0\n5,hmm,maybe\n6,x,\n1,again,0\njunk\n9,ok,0\n",
                        Task.COMPLAINT));
    }

    @Test
    void aSentimentLabelOutsideTheThreeIsRefused() throws IOException {
        assertEquals(List.of("F:2: label 'angry' is not one of negative/neutral/positive (or neg/neu/pos, -1/0/1) "
                + "(task sentiment)"), problems("1,x,negative\n2,y,angry\n", Task.SENTIMENT));
    }

    @Test
    void aBrokenQuoteNamesItsLine() throws IOException {
        List<String> problems = problems("1,ok,1\n2,\"never closed,0\n3,x,0\n", Task.COMPLAINT);
        assertEquals(1, problems.size());
        assertEquals(true, problems.get(0).startsWith("F:2: broken CSV ("), problems.get(0));
    }

    @Test
    void aFileWithoutRowsOrWithOneClassIsRefused() throws IOException {
        assertEquals(List.of("F: no labelled rows"), problems("id,text,label\n\n", Task.COMPLAINT));
        assertEquals(List.of("F: every row is 'complaint'; a model needs examples of at least two of "
                + "[complaint, not_complaint]"), problems("1,a,1\n2,b,yes\n", Task.COMPLAINT));
    }

    @Test
    void textThatIsNotUtf8IsRefused() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "1,caf\u00e9,1\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of(file + ": not UTF-8 text"), assertThrows(LabelFileException.class,
                () -> LabelFile.read(file, Task.COMPLAINT, t -> Language.ENGLISH)).problems());
    }

    @Test
    void theLanguageOfEachPostComesFromTheGivenFunction() throws IOException {
        List<LabelledPost> posts = LabelFile.read(write("1,Γεια σου,0\n2,hello,1\n"), Task.COMPLAINT,
                t -> t.startsWith("Γ") ? Language.GREEK : Language.ENGLISH);
        assertEquals(List.of(Language.GREEK, Language.ENGLISH), posts.stream().map(LabelledPost::language).toList());
    }
}
