package org.switchboard.server.agent;

import org.switchboard.server.chat.Visitor;

/** One console connection of a signed-in agent; it also follows the conversations the agent opens. */
public interface AgentLink extends Visitor {
    Agent agent();
}
