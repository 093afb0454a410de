package org.switchboard.server.bench;

/**
 * What went wrong in one phase of {@code bench chat}.
 *
 * @param errorFrames      {@code error} frames the server sent
 * @param unexpectedCloses connections that closed or failed before the benchmark closed them
 * @param unanswered       turns (echoes) that did not end within five seconds of being due, or never
 * @param acksMissing      turns whose end came without an {@code ack} of the visitor's message
 */
public record ErrorCounts(long errorFrames, long unexpectedCloses, long unanswered, long acksMissing) {
    public long total() {
        return errorFrames + unexpectedCloses + unanswered + acksMissing;
    }
}
