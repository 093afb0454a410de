package org.switchboard.server.staff.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A JSON object sent to the staff API, read field by field so that every mistake gets a 400
 * naming the field: {@code "login" is required}, {@code unknown field "pasword"}.
 */
final class JsonBody {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_BYTES = 16 * 1024;

    private final JsonNode root;

    private JsonBody(JsonNode root) {
        this.root = root;
    }

    /** Parses {@code text}, which must be an object whose fields are all in {@code known}. */
    static JsonBody parse(String text, Set<String> known) {
        if (text == null || text.isBlank()) {
            throw ApiErrors.error(400, "the request needs a JSON object body");
        }
        if (text.length() > MAX_BYTES) {
            throw ApiErrors.error(413, "the request body is larger than " + MAX_BYTES + " bytes");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw ApiErrors.error(400, "the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ApiErrors.error(400, "the body must be a JSON object");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw ApiErrors.error(400, "unknown field \"" + name + "\" (known: " + String.join(", ", known) + ")");
            }
        }
        return new JsonBody(root);
    }

    String text(String field) {
        String value = optionalText(field);
        if (value == null) {
            throw ApiErrors.error(400, "\"" + field + "\" is required");
        }
        return value;
    }

    String optionalText(String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw ApiErrors.error(400, "\"" + field + "\" must be a string");
        }
        return node.textValue();
    }

    boolean bool(String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isBoolean()) {
            throw ApiErrors.error(400, "\"" + field + "\" must be true or false");
        }
        return node.booleanValue();
    }

    List<String> strings(String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isArray()) {
            throw ApiErrors.error(400, "\"" + field + "\" must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw ApiErrors.error(400, "\"" + field + "\" must be a list of strings");
            }
            out.add(item.textValue());
        }
        return out;
    }
}
