package org.switchboard.server.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads one text frame from the widget into a {@link ClientFrame}, or refuses it with a
 * {@link FrameRejected} that says what is wrong and where. Fields a frame type does not use are
 * ignored, so newer widgets can talk to older servers. Thread-safe.
 */
public final class FrameReader {
    /** Most characters (code points) in a message text or survey comment. */
    public static final int MAX_TEXT = 4_096;
    static final int MAX_ID = 128;
    private static final int MAX_SHORT = 200;
    private static final String TYPES = "hello, message, quick_reply, person, close, survey, typing, ping";

    private final ObjectMapper json = new ObjectMapper();

    public ClientFrame read(String frame) {
        JsonNode root;
        try {
            root = json.readTree(frame);
        } catch (JsonProcessingException e) {
            throw new FrameRejected(ErrorCode.BAD_FRAME, "not JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new FrameRejected(ErrorCode.BAD_FRAME, "a frame must be a JSON object with a 'type'");
        }
        JsonNode type = root.get("type");
        if (type == null || !type.isTextual()) {
            throw new FrameRejected(ErrorCode.BAD_FRAME, "missing 'type' (text): one of " + TYPES);
        }
        Fields f = new Fields(root, type.asText());
        return switch (type.asText()) {
            case "hello" -> new ClientFrame.Hello(f.required("site_key", MAX_SHORT), f.optional("language", MAX_SHORT),
                    f.optional("time_zone", MAX_SHORT), f.optional("token", MAX_SHORT), f.lastSeq());
            case "ping" -> new ClientFrame.Ping();
            case "typing" -> new ClientFrame.Typing(f.bool("on"));
            case "message" -> new ClientFrame.Message(f.clientId(), f.text("text"));
            case "quick_reply" -> new ClientFrame.QuickReply(f.clientId(), f.required("reply_id", MAX_SHORT));
            case "person" -> new ClientFrame.Person(f.clientId());
            case "close" -> new ClientFrame.Close(f.clientId());
            case "survey" -> f.survey();
            default -> throw new FrameRejected(ErrorCode.UNKNOWN_TYPE,
                    "unknown frame type '" + clip(type.asText()) + "' (known: " + TYPES + ")", f.clientIdIfAny());
        };
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** The fields of one frame, read with errors that name the frame type and the field. */
    private static final class Fields {
        private final JsonNode root;
        private final String type;
        private String clientId;

        Fields(JsonNode root, String type) {
            this.root = root;
            this.type = type;
        }

        String clientIdIfAny() {
            JsonNode id = root.get("client_id");
            return id != null && id.isTextual() && !id.asText().isEmpty() && id.asText().length() <= MAX_ID ? id.asText() : null;
        }

        String clientId() {
            clientId = required("client_id", MAX_ID);
            return clientId;
        }

        String required(String name, int maxLength) {
            JsonNode node = root.get(name);
            if (node == null || node.isNull()) {
                throw bad("'" + type + "' needs '" + name + "'");
            }
            return text(name, node, maxLength);
        }

        Optional<String> optional(String name, int maxLength) {
            JsonNode node = root.get(name);
            return node == null || node.isNull() ? Optional.empty() : Optional.of(text(name, node, maxLength));
        }

        private String text(String name, JsonNode node, int maxLength) {
            if (!node.isTextual() || node.asText().isBlank()) {
                throw bad("'" + type + "': '" + name + "' must be non-empty text");
            }
            if (node.asText().length() > maxLength) {
                throw bad("'" + type + "': '" + name + "' is longer than " + maxLength + " characters");
            }
            return node.asText();
        }

        /** A visitor's text: non-blank, at most {@link #MAX_TEXT} characters. */
        String text(String name) {
            JsonNode node = root.get(name);
            if (node == null || !node.isTextual()) {
                throw bad("'" + type + "' needs '" + name + "' (text)");
            }
            String text = node.asText();
            int length = text.codePointCount(0, text.length());
            if (length > MAX_TEXT) {
                throw new FrameRejected(ErrorCode.TOO_LONG, "'" + name + "' has " + length
                        + " characters; the limit is " + MAX_TEXT, clientId);
            }
            if (text.isBlank()) {
                throw bad("'" + type + "': '" + name + "' is empty");
            }
            return text;
        }

        boolean bool(String name) {
            JsonNode node = root.get(name);
            if (node == null || !node.isBoolean()) {
                throw bad("'" + type + "' needs '" + name + "' (true or false)");
            }
            return node.booleanValue();
        }

        long lastSeq() {
            JsonNode node = root.get("last_seq");
            if (node == null || node.isNull()) {
                return 0;
            }
            if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
                throw bad("'hello': 'last_seq' must be a whole number >= 0");
            }
            return node.longValue();
        }

        ClientFrame.Survey survey() {
            String id = clientId();
            JsonNode rating = root.get("rating");
            boolean hasRating = rating != null && !rating.isNull();
            boolean hasComment = root.hasNonNull("comment");
            if (hasRating == hasComment) {
                throw bad("'survey' needs either 'rating' (1-10) or 'comment', not both");
            }
            if (hasRating) {
                if (!rating.isIntegralNumber() || !rating.canConvertToInt()) {
                    throw bad("'survey': 'rating' must be a whole number from 1 to 10");
                }
                return new ClientFrame.Survey(id, OptionalInt.of(rating.intValue()), Optional.empty());
            }
            return new ClientFrame.Survey(id, OptionalInt.empty(), Optional.of(text("comment")));
        }

        private FrameRejected bad(String message) {
            return new FrameRejected(ErrorCode.BAD_FRAME, message, clientId != null ? clientId : clientIdIfAny());
        }
    }
}
