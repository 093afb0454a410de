package org.switchboard.server.chat;

/** What the chat service reports for the operators' metrics ({@code /metrics}). */
public interface ChatMeter {
    /** Reports nothing. */
    ChatMeter NONE = new ChatMeter() {
        @Override
        public void messageReceived() {
        }

        @Override
        public void turnAnswered(long nanos) {
        }
    };

    /** A visitor's message (or quick reply) was accepted for a turn. */
    void messageReceived();

    /** A visitor's turn was stored and its ack and reply sent, {@code nanos} after the frame arrived. */
    void turnAnswered(long nanos);
}
