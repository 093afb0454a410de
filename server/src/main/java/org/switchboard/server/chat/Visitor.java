package org.switchboard.server.chat;

/**
 * One widget connection, as the chat service sees it: somewhere to send frames. A conversation
 * may have several at once (two tabs); each gets every event.
 */
public interface Visitor {
    /** Sends one frame; never throws (a broken connection is dropped by its own endpoint). */
    void send(String frame);

    /**
     * Sends frames, in order, as one message: a JSON array of them (docs/protocol.md), or the
     * frame itself when there is only one. One message instead of six per bot turn is most of
     * what a turn costs the network, the server and the browser.
     */
    default void sendAll(java.util.List<String> frames) {
        if (frames.size() == 1) {
            send(frames.get(0));
        } else if (!frames.isEmpty()) {
            send("[" + String.join(",", frames) + "]");
        }
    }
}
