package org.switchboard.faq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@code DATA/faq/thresholds.json}: thresholds chosen by {@code faq tune}, which override the configured ones. */
final class ThresholdsFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    ThresholdsFile(Path root) {
        this.file = root.resolve("thresholds.json");
    }

    Optional<Thresholds> read() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            JsonNode n = JSON.readTree(file.toFile());
            return Optional.of(new Thresholds(need(n, "answer"), need(n, "options"), need(n, "option_floor"),
                    need(n, "temperature"), need(n, "calibration_slope"), need(n, "calibration_intercept")));
        } catch (IOException | IllegalArgumentException e) {
            throw new FaqIndexException(file + ": " + e.getMessage(), e);
        }
    }

    private double need(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException("'" + key + "' must be a number");
        }
        return v.asDouble();
    }

    void write(Thresholds t) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("answer", t.answer());
        n.put("options", t.options());
        n.put("option_floor", t.optionFloor());
        n.put("temperature", t.temperature());
        n.put("calibration_slope", t.slope());
        n.put("calibration_intercept", t.intercept());
        DurableFiles.replace(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n");
    }
}
