package org.switchboard.server.chat;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A frame from the widget, as docs/protocol.md defines it, already checked by {@link FrameReader}.
 */
public sealed interface ClientFrame {

    /** First frame of a connection: start a conversation, or resume one with its token. */
    record Hello(String siteKey, Optional<String> language, Optional<String> timeZone, Optional<String> token,
                 long lastSeq) implements ClientFrame {
    }

    /** Keep-alive. */
    record Ping() implements ClientFrame {
    }

    /** The visitor started or stopped typing (shown to the agent; not stored). */
    record Typing(boolean on) implements ClientFrame {
    }

    /** A frame the visitor sent that is stored, at most once per {@link #clientId()}. */
    sealed interface Visitor extends ClientFrame {
        String clientId();
    }

    record Message(String clientId, String text) implements Visitor {
    }

    record QuickReply(String clientId, String replyId) implements Visitor {
    }

    record Person(String clientId) implements Visitor {
    }

    record Close(String clientId) implements Visitor {
    }

    /** A survey answer: a rating or a comment (exactly one). */
    record Survey(String clientId, OptionalInt rating, Optional<String> comment) implements Visitor {
    }
}
