package org.switchboard.listener.understand;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.switchboard.faq.Language;

/**
 * A team's own labels for one task: CSV (RFC 4180, UTF-8) with the columns {@code id,text,label};
 * further columns are ignored and a header row ({@code id,text,label}) is optional. Every row is
 * checked before anything is returned: too few columns, an empty id or text, a label the task does
 * not know ({@link Task#outcome}), an id seen before, a broken quote. All problems are reported
 * together, each with its file and line, so that nothing is trained from a half-read file.
 */
public final class LabelFile {
    private LabelFile() {
    }

    /**
     * Reads the file for the task; each post's language is given by {@code language}
     * (e.g. a detector).
     *
     * @throws LabelFileException listing every bad row, or when no row is usable
     * @throws IOException        when the file cannot be read
     */
    public static List<LabelledPost> read(Path file, Task task, Function<String, Language> language)
            throws IOException {
        String name = file.toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new LabelFileException(List.of(name + ": not UTF-8 text"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> problems = new ArrayList<>();
        List<LabelledPost> posts = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        try (Reader reader = new StringReader(text);
             CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).build().parse(reader)) {
            Iterator<CSVRecord> rows = parser.iterator();
            boolean first = true;
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord row;
                try {
                    if (!rows.hasNext()) {
                        break;
                    }
                    row = rows.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.add(name + ":" + line + ": broken CSV (" + rootMessage(e) + ")");
                    break;
                }
                boolean header = first && row.size() >= 3 && row.get(0).trim().equalsIgnoreCase("id")
                        && row.get(1).trim().equalsIgnoreCase("text") && row.get(2).trim().equalsIgnoreCase("label");
                first = false;
                if (header || row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                String where = name + ":" + line + ": ";
                if (row.size() < 3) {
                    problems.add(where + "expected the columns id,text,label, found " + row.size() + " column"
                            + (row.size() == 1 ? "" : "s"));
                    continue;
                }
                String id = row.get(0).trim();
                String postText = row.get(1).strip();
                String label = row.get(2);
                var outcome = task.outcome(label);
                if (id.isEmpty()) {
                    problems.add(where + "empty id");
                } else if (postText.isEmpty()) {
                    problems.add(where + "empty text (id " + id + ")");
                } else if (outcome.isEmpty()) {
                    problems.add(where + (label.isBlank() ? "empty label" : "label '" + label.trim() + "'")
                            + " is not one of " + task.acceptedLabels() + " (task " + task.code() + ")");
                } else if (seen.containsKey(id)) {
                    problems.add(where + "id '" + id + "' is already on line " + seen.get(id));
                } else {
                    seen.put(id, line);
                    posts.add(new LabelledPost(id, postText, outcome.get(), language.apply(postText)));
                }
            }
        }
        if (problems.isEmpty()) {
            checkUsable(name, task, posts).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new LabelFileException(problems);
        }
        return List.copyOf(posts);
    }

    /** A problem with the set as a whole: no rows, or a single class. */
    static Optional<String> checkUsable(String name, Task task, List<LabelledPost> posts) {
        if (posts.isEmpty()) {
            return Optional.of(name + ": no labelled rows");
        }
        long classes = posts.stream().map(LabelledPost::outcome).distinct().count();
        if (classes < 2) {
            return Optional.of(name + ": every row is '" + posts.get(0).outcome()
                    + "'; a model needs examples of at least two of " + task.outcomes());
        }
        return Optional.empty();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
