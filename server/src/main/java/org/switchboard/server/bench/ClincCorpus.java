package org.switchboard.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqFormatException;
import org.switchboard.faq.Language;

/**
 * CLINC150's {@code data_full.json} as a benchmark corpus: one entry per intent of {@code train},
 * whose utterances are its phrasings and whose answer is "Answer for &lt;intent&gt;"; the
 * questions are {@code test} followed by {@code oos_test}.
 */
public final class ClincCorpus {
    private ClincCorpus() {
    }

    public static BenchCorpus read(Path file) throws IOException, FaqFormatException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        Map<String, List<String>> byIntent = new LinkedHashMap<>();
        for (JsonNode item : split(root, "train", file)) {
            byIntent.computeIfAbsent(item.get(1).asText(), k -> new ArrayList<>()).add(item.get(0).asText());
        }
        List<FaqEntry> entries = new ArrayList<>();
        byIntent.forEach((intent, utterances) -> entries.add(FaqEntry.of(intent, Language.ENGLISH,
                utterances.get(0), utterances.subList(1, utterances.size()), "Answer for " + intent)));
        List<String> questions = new ArrayList<>();
        for (String name : List.of("test", "oos_test")) {
            split(root, name, file).forEach(item -> questions.add(item.get(0).asText()));
        }
        return new BenchCorpus("clinc150", entries, questions);
    }

    private static JsonNode split(JsonNode root, String name, Path file) throws FaqFormatException {
        JsonNode split = root.path(name);
        if (!split.isArray() || split.isEmpty()) {
            throw new FaqFormatException(file.toString(), 0, "no '" + name + "' split (is this CLINC150's data_full.json?)");
        }
        for (JsonNode item : split) {
            if (!item.isArray() || item.size() != 2) {
                throw new FaqFormatException(file.toString(), 0, "'" + name + "' holds " + item + ", not [text, intent]");
            }
        }
        return split;
    }
}
