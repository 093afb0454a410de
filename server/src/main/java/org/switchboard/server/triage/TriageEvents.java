package org.switchboard.server.triage;

import java.util.Map;

/**
 * Live events for the social team's triage page ({@code /ws/triage}): the page's feed implements
 * it; alerts (surges) and other parts publish through it. {@code type} names the event
 * ({@code "mention"}, {@code "mention_changed"}, {@code "surge"}, …); the payload is JSON-ready.
 */
@FunctionalInterface
public interface TriageEvents {
    /** Nobody listening. */
    TriageEvents NONE = (type, payload) -> { };

    void publish(String type, Map<String, Object> payload);
}
