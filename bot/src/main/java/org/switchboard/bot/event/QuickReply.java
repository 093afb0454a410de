package org.switchboard.bot.event;

/**
 * A button offered with a bot message. The visitor's choice comes back to the bot as its
 * {@code id}; the {@code label} is what the button shows, in the conversation's language.
 *
 * <p>Ids are the bot's own: {@code faq:<entry id>}, {@code yes}, {@code no}, {@code none},
 * {@code person} and {@code rating:<1..10>}. The server passes them through unread.
 *
 * @param id    what the bot receives when the visitor chooses this reply
 * @param label what the button shows
 */
public record QuickReply(String id, String label) {
    public QuickReply {
        Check.text(id, "id");
        Check.text(label, "label");
    }
}
