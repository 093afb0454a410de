package org.switchboard.bot.event;

/**
 * What a person from the team did that the visitor reads: joined, wrote, passed the chat on,
 * left. Recorded through the bot (so the words around them come from the phrasebook) but never
 * said by it.
 */
public sealed interface PersonMessage extends ConversationEvent
        permits AgentJoined, AgentMessageSent, AgentLeft, ConversationTransferred {

    /** The agent's display name, as the visitor sees it. */
    String agentName();

    /** What the visitor reads, plain text. */
    String text();
}
