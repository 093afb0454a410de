package org.switchboard.server.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.Language;
import org.switchboard.listener.understand.MentionClassifier;
import picocli.CommandLine;

class ListenerCommandsTest {
    @TempDir
    Path dir;

    private Console console;
    private Path data;
    private Path labels;
    private Path model;

    @BeforeEach
    void setUp() throws IOException {
        console = new Console(dir);
        data = dir.resolve("data");
        model = data.resolve("listener/models/complaint.bin");
        labels = dir.resolve("labels.csv");
        StringBuilder csv = new StringBuilder("id,text,label,domain\n");
        String[] complaints = {"outage again", "internet broken", "no signal outage", "broken router",
            "outage all day", "signal broken", "outage, refund never came", "outage broken", "no refund, broken",
            "broken again"};
        String[] thanks = {"thanks great", "great service thanks", "thanks, great love", "thanks love great",
            "great great thanks", "thanks so much, great", "great, love the thanks", "great thanks",
            "thanks great day", "many thanks, great"};
        for (int i = 0; i < 10; i++) {
            csv.append("c").append(i).append(",\"").append(complaints[i]).append("\",1,telecom\n");
            csv.append("t").append(i).append(",\"").append(thanks[i]).append("\",0,telecom\n");
        }
        Files.writeString(labels, csv);
    }

    private int run(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--data", data.toString())).toArray(String[]::new);
        return console.run(all);
    }

    @Test
    void dryRunCrossValidatesAndSavesNothing() {
        assertEquals(0, run("listener", "train", "--labels", labels.toString(), "--folds", "5", "--dry-run"),
                console.stderrText());
        String out = console.stdoutText();
        assertTrue(out.startsWith(labels + ": 20 posts for complaint [complaint, not_complaint]\n"
                + "5-fold cross-validation (stratified, seed 42), "), out);
        assertTrue(out.contains("""
                class            precision    recall        F1  support
                complaint           1.0000    1.0000    1.0000       10
                not_complaint       1.0000    1.0000    1.0000       10
                macro-F1 1.0000  accuracy 1.0000  (20 posts)
                dry run: nothing saved
                """), out);
        assertFalse(Files.exists(model));
        assertEquals("", console.stderrText());
    }

    @Test
    void trainSavesTheModelThatEvalAndTheClassifierThenUse() {
        assertEquals(0, run("listener", "train", "--labels", labels.toString()), console.stderrText());
        assertTrue(console.stdoutText().endsWith("saved " + model + "; it replaces the shipped complaint model\n"),
                console.stdoutText());
        assertTrue(Files.isRegularFile(model));
        assertTrue(MentionClassifier.load(data.resolve("listener/models"))
                .classify("outage outage", Language.ENGLISH).complaint());

        console.stdout.reset();
        assertEquals(0, run("listener", "eval", "--labels", labels.toString(), "--task", "complaint"));
        assertEquals("model: " + model + "\n" + labels + ": 20 posts for complaint [complaint, not_complaint]\n"
                + """
                class            precision    recall        F1  support
                complaint           1.0000    1.0000    1.0000       10
                not_complaint       1.0000    1.0000    1.0000       10
                macro-F1 1.0000  accuracy 1.0000  (20 posts)
                """, console.stdoutText());
    }

    @Test
    void evalUsesTheShippedModelUntilOneIsTrained() {
        assertEquals(0, run("listener", "eval", "--labels", labels.toString()), console.stderrText());
        assertTrue(console.stdoutText().startsWith("model: shipped complaint model\n"), console.stdoutText());
        assertFalse(Files.exists(model), "eval changes nothing");
    }

    @Test
    void otherTasksTakeTheirOwnLabels() throws IOException {
        Path sentiment = dir.resolve("sentiment.csv");
        Files.writeString(sentiment, "1,awful outage,negative\n2,the shop opens at nine,neutral\n"
                + "3,great service,positive\n4,broken again,negative\n5,new tariffs in April,neutral\n"
                + "6,love it,positive\n");
        assertEquals(0, run("listener", "train", "--labels", sentiment.toString(), "--task", "sentiment"),
                console.stderrText());
        assertTrue(Files.isRegularFile(data.resolve("listener/models/sentiment.bin")));
        assertFalse(Files.exists(model));
    }

    @Test
    void badRowsAreListedWithTheirLinesAndNothingIsSaved() throws IOException {
        Files.createDirectories(model.getParent());
        Files.writeString(model, "the model trained before");
        Files.writeString(labels, "id,text,label\n1,outage,1\n2,fine\n3,thanks,perhaps\n4,,0\n");
        assertEquals(65, run("listener", "train", "--labels", labels.toString()));
        assertEquals(labels + ":3: expected the columns id,text,label, found 2 columns\n"
                + labels + ":4: label 'perhaps' is not one of 1/0, yes/no, true/false, complaint/not_complaint "
                + "(task complaint)\n"
                + labels + ":5: empty text (id 4)\n"
                + "switchboard listener train: " + labels + ": 3 problems (listed above); nothing was trained or saved\n",
                console.stderrText());
        assertEquals("the model trained before", Files.readString(model));
        assertEquals("", console.stdoutText());
    }

    @Test
    void mistakesOnTheCommandLineAreUsageErrors() throws IOException {
        assertEquals(66, run("listener", "train", "--labels", dir.resolve("missing.csv").toString()));
        assertEquals("switchboard listener train: " + dir.resolve("missing.csv") + ": no such file\n",
                console.stderrText());
        assertEquals(64, run("listener", "train", "--labels", labels.toString(), "--task", "spam"));
        assertTrue(console.stderrText().contains("unknown task 'spam'; tasks: complaint, sentiment, question, abusive"),
                console.stderrText());
        assertEquals(64, run("listener", "train", "--labels", labels.toString(), "--folds", "1"));
        assertTrue(console.stderrText().contains("--folds must be between 2 and the number of posts (20), not 1"),
                console.stderrText());
        assertEquals(64, run("listener", "train"));
        assertEquals(64, run("listener"));
        assertFalse(Files.exists(model));
    }

    @Test
    void isWiredIntoTheCommandTree() {
        CommandLine cmd = org.switchboard.server.Main.commandLine(new Cli(System.in, System.out, System.err,
                java.util.Map.of()));
        assertArrayEquals(new String[] {"classify", "poll", "train", "eval", "labels"},
                cmd.getSubcommands().get("listener").getSubcommands().keySet().toArray(String[]::new));
    }
}
