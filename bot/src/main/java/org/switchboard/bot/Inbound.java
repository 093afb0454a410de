package org.switchboard.bot;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.faq.Language;

/**
 * What can reach the bot from a visitor (or, for {@link IdleTimedOut}, from the server's timer).
 * The server decodes a widget frame into one of these and passes it to {@link Bot#handle}.
 */
public sealed interface Inbound {

    /**
     * The visitor opened the chat.
     *
     * @param language the language to greet in: the widget's setting or the browser's, mapped by
     *                 the server to a supported language (else the site's default)
     * @param timeZone the visitor's time zone, from the browser (else the office's)
     */
    record VisitorStarted(Language language, ZoneId timeZone) implements Inbound {
        public VisitorStarted {
            Objects.requireNonNull(language, "language == null");
            Objects.requireNonNull(timeZone, "timeZone == null");
        }
    }

    /** The visitor wrote a message. */
    record VisitorMessage(String text) implements Inbound {
        public VisitorMessage {
            Objects.requireNonNull(text, "text == null");
        }
    }

    /** The visitor chose a quick reply, by its id. */
    record QuickReplyChosen(String replyId) implements Inbound {
        public QuickReplyChosen {
            Objects.requireNonNull(replyId, "replyId == null");
        }
    }

    /** The visitor used the "Talk to a person" action. */
    record PersonRequested() implements Inbound {
    }

    /** The visitor closed the chat. */
    record VisitorClosed() implements Inbound {
    }

    /** The visitor has been silent longer than the server's idle limit. */
    record IdleTimedOut() implements Inbound {
    }

    /** The visitor gave the survey's rating; anything outside 1..10 is rejected with an event. */
    record SurveyRated(int rating) implements Inbound {
    }

    /** The visitor wrote the survey's optional comment. */
    record SurveyCommented(String text) implements Inbound {
        public SurveyCommented {
            Objects.requireNonNull(text, "text == null");
        }
    }

    /**
     * The server's queue moved (or the handoff was just queued): the visitor's place and, when
     * recent pick-up times allow one, the estimated wait. Only said while the conversation is
     * queued.
     *
     * @param position      1 for next in line
     * @param estimatedWait empty when there is no data for an honest estimate
     */
    record QueueChanged(int position, Optional<Duration> estimatedWait) implements Inbound {
        public QueueChanged {
            if (position < 1) {
                throw new IllegalArgumentException("position must be >= 1: " + position);
            }
            Objects.requireNonNull(estimatedWait, "estimatedWait == null");
        }
    }

    /** A person from the team took the conversation over (the agent console). */
    record AgentTookOver(String agentName, String team) implements Inbound {
        public AgentTookOver {
            Objects.requireNonNull(agentName, "agentName == null");
            Objects.requireNonNull(team, "team == null");
        }
    }

    /** The person wrote to the visitor. */
    record AgentWrote(String agentName, String text) implements Inbound {
        public AgentWrote {
            Objects.requireNonNull(agentName, "agentName == null");
            Objects.requireNonNull(text, "text == null");
        }
    }

    /** The person handed the conversation back to the bot. */
    record AgentHandedBack(String agentName) implements Inbound {
        public AgentHandedBack {
            Objects.requireNonNull(agentName, "agentName == null");
        }
    }

    /** The person passed the conversation to another team, with a note for the colleague (may be null). */
    record AgentTransferred(String agentName, String team, String note) implements Inbound {
        public AgentTransferred {
            Objects.requireNonNull(agentName, "agentName == null");
            Objects.requireNonNull(team, "team == null");
        }
    }

    /** The person closed the conversation with a resolution code (e.g. {@code solved}). */
    record AgentClosed(String agentName, String resolution) implements Inbound {
        public AgentClosed {
            Objects.requireNonNull(agentName, "agentName == null");
            Objects.requireNonNull(resolution, "resolution == null");
        }
    }

    /**
     * The server advises offering a call back to a waiting visitor (team away, nobody available,
     * or a long wait). Offered once per wait, only while queued.
     */
    record CallbackAdvised(org.switchboard.bot.event.CallbackReason reason) implements Inbound {
        public CallbackAdvised {
            Objects.requireNonNull(reason, "reason == null");
        }
    }

    /** The server booked the call back the bot asked for ({@code CallbackBookingRequested}). */
    record CallbackBooked(String reference, java.time.Instant start, java.time.Instant end) implements Inbound {
        public CallbackBooked {
            Objects.requireNonNull(reference, "reference == null");
            Objects.requireNonNull(start, "start == null");
            Objects.requireNonNull(end, "end == null");
        }
    }

    /** The server could not book the call back; nothing was booked. */
    record CallbackNotBooked(Why why) implements Inbound {
        /** Why not. */
        public enum Why {
            /** The slot was taken meanwhile. */
            TAKEN,
            /** The slot is no longer bookable (too soon, past, or no longer in the hours or rota). */
            PAST,
            /** The store failed. */
            FAILED
        }

        public CallbackNotBooked {
            Objects.requireNonNull(why, "why == null");
        }
    }
}
