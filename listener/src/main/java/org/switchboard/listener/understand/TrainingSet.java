package org.switchboard.listener.understand;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.switchboard.faq.Language;

/**
 * The project's own labelled posts, from which the shipped models are trained
 * ({@code config/listener/labels/mentions.csv}): CSV with the header
 * {@code id,language,sentiment,complaint,question,abusive,text}, one post per row, every task
 * labelled ({@code negative/neutral/positive}, {@code yes/no}).
 *
 * @param posts every row, in file order
 */
public record TrainingSet(List<Row> posts) {
    /** The header the file must start with. */
    public static final List<String> HEADER = List.of("id", "language", "sentiment", "complaint", "question", "abusive",
            "text");

    /**
     * One labelled post.
     *
     * @param outcomes indexed by {@link Task#ordinal()}
     */
    public record Row(String id, Language language, String text, List<String> outcomes) {
    }

    public TrainingSet {
        posts = List.copyOf(posts);
    }

    /**
     * Reads the file.
     *
     * @throws LabelFileException naming the file and line of every bad row
     */
    public static TrainingSet read(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            boolean first = true;
            for (CSVRecord r : parser) {
                String where = file + ":" + r.getParser().getCurrentLineNumber() + ": ";
                if (first) {
                    first = false;
                    if (!r.toList().equals(HEADER)) {
                        problems.add(where + "the header must be " + String.join(",", HEADER));
                        break;
                    }
                    continue;
                }
                if (r.size() != HEADER.size()) {
                    problems.add(where + "expected " + HEADER.size() + " columns, found " + r.size());
                    continue;
                }
                Optional<Language> language = Language.find(r.get(1));
                List<String> outcomes = new ArrayList<>();
                for (Task t : Task.values()) {
                    String label = r.get(2 + t.ordinal());
                    t.outcome(label).ifPresentOrElse(outcomes::add, () -> problems.add(where + t.code() + " label '"
                            + label + "' is not one of " + t.acceptedLabels()));
                }
                if (language.isEmpty()) {
                    problems.add(where + "unsupported language '" + r.get(1) + "'");
                } else if (r.get(6).isBlank()) {
                    problems.add(where + "empty text");
                } else if (!ids.add(r.get(0))) {
                    problems.add(where + "duplicate id '" + r.get(0) + "'");
                } else if (outcomes.size() == Task.values().length) {
                    rows.add(new Row(r.get(0), language.get(), r.get(6), List.copyOf(outcomes)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new LabelFileException(problems);
        }
        return new TrainingSet(rows);
    }

    /** The posts labelled for one task. */
    public List<LabelledPost> forTask(Task task) {
        return posts.stream()
                .map(r -> new LabelledPost(r.id(), r.text(), r.outcomes().get(task.ordinal()), r.language()))
                .toList();
    }
}
