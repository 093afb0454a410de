package org.switchboard.server.jdbc;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a child JVM by {@link H2ConversationRepositoryIT}: appends visitor messages to a new
 * conversation, from {@code args[1]} threads, to the embedded database in {@code args[0]} until it
 * is killed, printing each sequence number once its append has returned (the moment the server
 * would acknowledge it).
 */
public final class AppendUntilKilled {
    private AppendUntilKilled() {
    }

    public static void main(String[] args) throws InterruptedException {
        Database db = Database.open(DatabaseConfig.embedded(), Path.of(args[0]));
        ConversationRepository conversations = db.conversations();
        long id = conversations.create("en", ZoneOffset.UTC).conversation().id();
        System.out.println("conversation " + id);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0, threadCount = Integer.parseInt(args[1]); t < threadCount; t++) {
            String prefix = "t" + t + "-";
            Thread thread = new Thread(() -> {
                for (int i = 0; ; i++) {
                    AppendResult r = conversations.appendVisitorMessage(id, prefix + i,
                            new NewEvent("MessageReceived", Author.VISITOR, "{\"text\":\"message " + i + "\"}"));
                    synchronized (System.out) {
                        System.out.println("acknowledged " + r.event().sequence() + " " + prefix + i);
                        System.out.flush();
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
