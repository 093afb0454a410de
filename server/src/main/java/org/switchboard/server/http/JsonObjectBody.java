package org.switchboard.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request's body that must be one JSON object with known fields, as the FAQ editor's resources
 * read them. Every mistake is an {@link IllegalArgumentException} saying what is wrong (the
 * resources answer it with 400); a body over the size limit is answered 413 at once.
 */
public final class JsonObjectBody {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonObjectBody() {
    }

    /** Parses {@code body}, which must be a JSON object of at most {@code maxChars} characters whose fields are all in {@code known}. */
    public static JsonNode parse(String body, Set<String> known, int maxChars) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("the request needs a JSON object body");
        }
        if (body.length() > maxChars) {
            String message = "the request body is larger than " + maxChars + " characters";
            throw new WebApplicationException(message, Response.status(413).type(MediaType.APPLICATION_JSON_TYPE)
                    .header("Cache-Control", "no-store").entity(Map.of("error", message)).build());
        }
        JsonNode b;
        try {
            b = JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not valid JSON");
        }
        if (b == null || !b.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object");
        }
        for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) {
                throw new IllegalArgumentException("unknown field \"" + k + "\" (known: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
        return b;
    }
}
