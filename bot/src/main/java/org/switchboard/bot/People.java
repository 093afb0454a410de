package org.switchboard.bot;

import java.util.Map;
import org.switchboard.bot.conversation.ConversationStatus;
import org.switchboard.bot.event.AgentJoined;
import org.switchboard.bot.event.AgentLeft;
import org.switchboard.bot.event.AgentMessageSent;
import org.switchboard.bot.event.ConversationTransferred;
import org.switchboard.bot.event.ResolutionReason;
import org.switchboard.bot.handoff.HandoffRules;
import org.switchboard.bot.phrasing.Phrase;

/**
 * What people from the team do in a conversation, recorded with the visitor-facing words from the
 * phrasebook: join (from the line, or straight from the bot), write, pass the chat on, hand back,
 * close (then the survey). Anything that does not fit the conversation's status records nothing:
 * the caller (the agent console) reports it. Immutable.
 */
final class People {
    private final HandoffRules rules;
    private final Surveys surveys;

    People(HandoffRules rules, Surveys surveys) {
        this.rules = rules;
        this.surveys = surveys;
    }

    void tookOver(Turn turn, Inbound.AgentTookOver took) {
        ConversationStatus status = turn.conversation().status();
        if (status != ConversationStatus.QUEUED && status != ConversationStatus.BOT) {
            return;
        }
        String team = rules.teamName(took.team(), turn.language());
        turn.add(new AgentJoined(turn.at(), took.agentName(), took.team(),
                turn.say(Phrase.AGENT_JOINED, Map.of("name", took.agentName(), "team", team))));
    }

    void wrote(Turn turn, Inbound.AgentWrote wrote) {
        if (turn.conversation().status() == ConversationStatus.WITH_AGENT && !wrote.text().isBlank()) {
            turn.add(new AgentMessageSent(turn.at(), wrote.agentName(), wrote.text()));
        }
    }

    void handedBack(Turn turn, Inbound.AgentHandedBack back) {
        if (turn.conversation().status() == ConversationStatus.WITH_AGENT) {
            turn.add(new AgentLeft(turn.at(), back.agentName(),
                    turn.say(Phrase.AGENT_HANDED_BACK, Map.of("name", back.agentName()))));
        }
    }

    void transferred(Turn turn, Inbound.AgentTransferred t) {
        if (turn.conversation().status() == ConversationStatus.WITH_AGENT) {
            String team = rules.teamName(t.team(), turn.language());
            turn.add(new ConversationTransferred(turn.at(), t.agentName(), t.team(),
                    t.note() == null || t.note().isBlank() ? null : t.note().strip(),
                    turn.say(Phrase.AGENT_TRANSFERRED, Map.of("name", t.agentName(), "team", team))));
        }
    }

    void closed(Turn turn, Inbound.AgentClosed closed) {
        if (turn.conversation().status() != ConversationStatus.WITH_AGENT) {
            return;
        }
        turn.add(new AgentLeft(turn.at(), closed.agentName(), turn.say(Phrase.AGENT_LEFT, Map.of("name", closed.agentName()))));
        surveys.end(turn, ResolutionReason.AGENT_CLOSED, closed.resolution());
    }
}
