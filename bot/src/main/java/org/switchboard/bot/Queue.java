package org.switchboard.bot;

import java.time.Duration;
import java.util.Map;
import org.switchboard.bot.conversation.ConversationStatus;
import org.switchboard.bot.event.CallbackReason;
import org.switchboard.bot.event.QueueUpdated;
import org.switchboard.bot.phrasing.Phrase;

/**
 * Tells a visitor who waits for a person their place in line and, when the server has recent
 * pick-up times to go on, the wait in whole minutes (rounded up); otherwise no time at all
 * (the visitor will hear as their place changes), since a guessed wait is a promise nobody can keep.
 * Outside business hours the wait is not guessed at all (the handoff already said the team will
 * reply when back) and a call back is offered instead. Said only while the conversation is queued.
 */
final class Queue {
    private final Callbacks callbacks;

    Queue(Callbacks callbacks) {
        this.callbacks = callbacks;
    }

    void changed(Turn turn, Inbound.QueueChanged change) {
        if (turn.conversation().status() != ConversationStatus.QUEUED) {
            return;
        }
        int position = change.position();
        String place = position == 1 ? turn.say(Phrase.QUEUE_NEXT)
                : turn.say(Phrase.QUEUE_POSITION, Map.of("position", Integer.toString(position)));
        if (turn.outsideHours()) {
            turn.add(new QueueUpdated(turn.at(), position, null, place));
            callbacks.advised(turn, new Inbound.CallbackAdvised(CallbackReason.TEAM_AWAY));
            return;
        }
        Integer minutes = change.estimatedWait().map(Queue::minutes).orElse(null);
        String wait = minutes == null ? turn.say(Phrase.QUEUE_WAIT_UNKNOWN)
                : turn.say(Phrase.QUEUE_WAIT, Map.of("minutes", Integer.toString(minutes)));
        turn.add(new QueueUpdated(turn.at(), position, minutes, place + " " + wait));
    }

    private static int minutes(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        return (int) Math.min(24 * 60, (seconds + 59) / 60);
    }
}
