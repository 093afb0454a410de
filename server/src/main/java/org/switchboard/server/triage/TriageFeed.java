package org.switchboard.server.triage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * The live feed of the triage pages: every event published ({@code mention}, {@code
 * mention_changed}, {@code surge}, …) goes to every open page as one frame
 * {@code {"type": …, "data": {…}}}, in the order published, from one sending thread (a slow
 * page never holds up the person acting). Thread-safe.
 */
public final class TriageFeed implements TriageEvents, AutoCloseable {
    /** One open triage page. */
    public interface Page {
        void send(String frame);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final System.Logger LOG = System.getLogger(TriageFeed.class.getName());

    private final Set<Page> pages = new CopyOnWriteArraySet<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "triage-feed");
        t.setDaemon(true);
        return t;
    });

    public void join(Page page) {
        pages.add(Objects.requireNonNull(page, "page"));
    }

    public void leave(Page page) {
        pages.remove(page);
    }

    /** How many pages are open. */
    public int pages() {
        return pages.size();
    }

    @Override
    public void publish(String type, Map<String, Object> payload) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", Objects.requireNonNull(type, "type"));
        frame.put("data", payload);
        String text;
        try {
            text = JSON.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a triage event that is not JSON: " + e.getMessage(), e);
        }
        try {
            sender.execute(() -> {
                for (Page p : pages) {
                    try {
                        p.send(text);
                    } catch (RuntimeException e) {
                        LOG.log(System.Logger.Level.DEBUG, "a triage page did not take a frame", e);
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing: a triage event is not sent");
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}
