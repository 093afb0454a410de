package org.switchboard.server.chat;

/** What the chat service reports for the operators' metrics ({@code /metrics}). */
public interface ChatMeter {
    /** Reports nothing. */
    ChatMeter NONE = new ChatMeter() {
        @Override
        public void messageReceived() {
        }

        @Override
        public void turnAnswered(long conversationId, long nanos) {
        }
    };

    /** A visitor's message (or quick reply) was accepted for a turn. */
    void messageReceived();

    /** A visitor's turn in a conversation was stored and its ack and reply sent, {@code nanos} after the frame arrived. */
    void turnAnswered(long conversationId, long nanos);

    /** Both meters, this one first. */
    default ChatMeter and(ChatMeter other) {
        ChatMeter self = this;
        return new ChatMeter() {
            @Override
            public void messageReceived() {
                self.messageReceived();
                other.messageReceived();
            }

            @Override
            public void turnAnswered(long conversationId, long nanos) {
                self.turnAnswered(conversationId, nanos);
                other.turnAnswered(conversationId, nanos);
            }
        };
    }
}
