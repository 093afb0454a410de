package org.switchboard.server.triage;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.bot.Inbound;
import org.switchboard.faq.Language;
import org.switchboard.listener.Post;
import org.switchboard.server.chat.ChatService;
import org.switchboard.server.jdbc.ConversationRepository;
import org.switchboard.server.listener.StoredMention;

/**
 * Opens cases through the chat service as a visitor's chat would go: the conversation starts in
 * the mention's language, its first message is the post ("@author on source: text" and the
 * link), and a person is asked for, so the handoff queue, call backs and service levels treat it
 * like any handed-off chat.
 */
public final class ConsoleCases implements SupportCases {
    private final ChatService chat;
    private final ConversationRepository conversations;
    private final ZoneId zone;

    public ConsoleCases(ChatService chat, ConversationRepository conversations, ZoneId zone) {
        this.chat = Objects.requireNonNull(chat, "chat");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public long open(StoredMention mention) {
        Language language = mention.mention().language();
        long id = conversations.create(language.code(), zone).conversation().id();
        chat.serverTurn(id, new Inbound.VisitorStarted(language, zone));
        chat.serverTurn(id, new Inbound.VisitorMessage(firstMessage(mention.mention().post())));
        chat.serverTurn(id, new Inbound.PersonRequested());
        return id;
    }

    @Override
    public Optional<String> status(long conversationId) {
        return conversations.find(conversationId).map(c -> c.status());
    }

    static String firstMessage(Post post) {
        return post.author() + " on " + post.source() + ": " + post.text() + "\n" + post.url();
    }
}
