package org.switchboard.server.chat;

/**
 * One widget connection, as the chat service sees it: somewhere to send frames. A conversation
 * may have several at once (two tabs); each gets every event.
 */
public interface Visitor {
    /** Sends one frame; never throws (a broken connection is dropped by its own endpoint). */
    void send(String frame);
}
