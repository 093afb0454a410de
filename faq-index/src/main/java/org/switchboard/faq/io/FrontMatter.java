package org.switchboard.faq.io;

import java.util.List;
import java.util.Optional;
import org.switchboard.faq.FaqFormatException;
import org.switchboard.faq.Language;

/**
 * The optional YAML block at the top of a Markdown file, between two {@code ---} lines. It may
 * give {@code language} (for every entry) and {@code tags} (added to every entry); other keys are
 * errors.
 *
 * @param language  the file's language, if given
 * @param tags      tags for every entry
 * @param bodyStart the index of the first line after the front matter (0 when there is none)
 */
record FrontMatter(Optional<Language> language, List<String> tags, int bodyStart) {
    private static final String FENCE = "---";

    /** Reads the front matter of a file split into lines, or an empty one when there is none. */
    static FrontMatter parse(String source, List<String> lines) throws FaqFormatException {
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            return new FrontMatter(Optional.empty(), List.of(), 0);
        }
        int end = 1;
        while (end < lines.size() && !lines.get(end).strip().equals(FENCE) && !lines.get(end).strip().equals("...")) {
            end++;
        }
        if (end == lines.size()) {
            throw new FaqFormatException(source, 1, "front matter opened with '---' is never closed by another '---' line");
        }
        String yaml = String.join("\n", lines.subList(1, end));
        Optional<Node> root = NodeParser.yaml().parse(source, yaml, 1);
        if (root.isEmpty()) {
            return new FrontMatter(Optional.empty(), List.of(), end + 1);
        }
        if (!(root.get() instanceof Node.Mapping mapping)) {
            throw new FaqFormatException(source, root.get().line(), "front matter must be a mapping with language and tags,"
                    + " found " + root.get().kind());
        }
        Fields fields = new Fields(source, "the front matter", mapping).rejectUnknown(List.of("language", "tags"));
        return new FrontMatter(fields.language("language"), fields.textList("tags"), end + 1);
    }
}
