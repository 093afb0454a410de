package org.switchboard.server.chat;

import java.util.List;
import java.util.function.LongFunction;
import org.switchboard.bot.conversation.ConversationStatus;
import org.switchboard.server.jdbc.ConversationRepository;

/**
 * After the H2 file was rebuilt from a crash (docs/storage.md), sets the status of each
 * conversation whose row was behind its events ({@link ConversationRepository#statusesInDoubt})
 * to the one its events make. The store cannot tell a status from events; the bot's
 * {@code Conversation}, replayed by the chat service, can.
 */
final class StatusReview {
    private static final System.Logger LOG = System.getLogger(StatusReview.class.getName());

    private StatusReview() {
    }

    /**
     * Reviews every conversation in doubt; {@code replay} gives the status a conversation's stored
     * events make. A conversation whose events make no status keeps its own, with a warning; a
     * store failure is logged and leaves the rest for the next start.
     */
    static void run(ConversationRepository store, LongFunction<ConversationStatus> replay) {
        try {
            List<Long> inDoubt = store.statusesInDoubt();
            int set = 0;
            for (long id : inDoubt) {
                String status = null;
                try {
                    status = replay.apply(id).name();
                    set++;
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "conversation " + id + ": its events make no status, so it keeps"
                            + " the one stored", e);
                }
                store.statusReviewed(id, status);
            }
            if (!inDoubt.isEmpty()) {
                LOG.log(System.Logger.Level.WARNING, "after the database was rebuilt: set the status of " + set + " of "
                        + inDoubt.size() + " conversation(s) in doubt from their events");
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not set the status of the conversations a crash left in doubt;"
                    + " the next start tries again", e);
        }
    }
}
