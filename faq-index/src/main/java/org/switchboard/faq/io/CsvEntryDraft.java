package org.switchboard.faq.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqFormatException;
import org.switchboard.faq.Language;

/**
 * One entry being assembled from the CSV rows that share its id. The first row gives the
 * question, answer, language, tags and follow-ups; later rows in that language add alternate
 * phrasings; rows in another language give a translation and then its alternates.
 */
final class CsvEntryDraft {
    private final String source;
    private final CsvRow first;
    private final Language language;
    private final Phrasings own;
    private final Map<Language, Phrasings> translations = new LinkedHashMap<>();

    CsvEntryDraft(String source, CsvRow first, Language language) throws FaqFormatException {
        this.source = source;
        this.first = first;
        this.language = language;
        this.own = new Phrasings(required(first, first.question(), "question"), required(first, first.answer(), "answer"));
    }

    /** Adds a later row with this draft's id. */
    void add(CsvRow row, Language rowLanguage) throws FaqFormatException {
        requireSameOrEmpty(row, row.tagList(), first.tagList(), "tags");
        requireSameOrEmpty(row, row.followUpList(), first.followUpList(), "follow_ups");
        Phrasings phrasings = rowLanguage == language ? own : translations.get(rowLanguage);
        if (phrasings == null) {
            translations.put(rowLanguage, new Phrasings(required(row, row.question(), "question"),
                    required(row, row.answer(), "answer")));
            return;
        }
        String alternate = required(row, row.question(), "question");
        if (!row.answer().isBlank() && !row.answer().strip().equals(phrasings.answer)) {
            throw problem(row, "id '" + first.id() + "' repeats with a different answer; leave the answer empty on rows"
                    + " that add a phrasing, or give the same answer");
        }
        phrasings.alternates.add(alternate);
    }

    /** The entry; fails on what {@link FaqEntry} rejects, e.g. a bad id, at the first row's line. */
    SourcedEntry build() throws FaqFormatException {
        Map<Language, FaqEntry.Translation> built = new LinkedHashMap<>();
        translations.forEach((lang, p) -> built.put(lang, new FaqEntry.Translation(p.question, p.alternates,
                AnswerLinks.sanitize(p.answer))));
        try {
            FaqEntry entry = new FaqEntry(first.id(), language, own.question, own.alternates,
                    AnswerLinks.sanitize(own.answer), first.tagList(), first.followUpList(), built);
            return new SourcedEntry(entry, source, first.line());
        } catch (IllegalArgumentException e) {
            throw problem(first, e.getMessage());
        }
    }

    private String required(CsvRow row, String cell, String column) throws FaqFormatException {
        if (cell.isBlank()) {
            throw problem(row, "id '" + row.id() + "': " + column + " is empty");
        }
        return cell.strip();
    }

    private void requireSameOrEmpty(CsvRow row, List<String> given, List<String> firstRow, String column)
            throws FaqFormatException {
        if (!given.isEmpty() && !given.equals(firstRow)) {
            throw problem(row, "id '" + first.id() + "' repeats with different " + column + "; give " + column
                    + " on the id's first row (line " + first.line() + ") only");
        }
    }

    private FaqFormatException problem(CsvRow row, String reason) {
        return new FaqFormatException(source, row.line(), reason);
    }

    /** A question, its answer and its alternates in one language. */
    private static final class Phrasings {
        final String question;
        final String answer;
        final List<String> alternates = new ArrayList<>();

        Phrasings(String question, String answer) {
            this.question = question;
            this.answer = answer;
        }
    }
}
