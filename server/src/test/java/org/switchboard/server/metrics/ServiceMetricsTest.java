package org.switchboard.server.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.switchboard.server.ServeIT;
import org.switchboard.server.chat.ChatMeter;

/** The figures {@code /metrics} shows, fed by hand: buckets at the standards' limits. */
class ServiceMetricsTest {
    private final ServiceMetrics metrics = new ServiceMetrics(Clock.systemUTC());

    @Test
    void pickUpsFallIntoTheTwoMinuteBucketOrBeyondIt() {
        metrics.pickedUp("support", Duration.ofSeconds(20));
        metrics.pickedUp("support", Duration.ofSeconds(100));
        metrics.pickedUp("support", Duration.ofMinutes(4));
        metrics.pickedUp("billing", Duration.ofSeconds(-1));
        String text = metrics.scrape();
        assertEquals(3.0, ServeIT.sample(text, "switchboard_handoff_pickup_seconds_count{team=\"support\"}"), text);
        assertEquals(1.0, ServeIT.sample(text, "switchboard_handoff_pickup_seconds_bucket{team=\"support\",le=\"30.0\"}"), text);
        assertEquals(2.0, ServeIT.sample(text, "switchboard_handoff_pickup_seconds_bucket{team=\"support\",le=\"120.0\"}"), text);
        assertEquals(3.0, ServeIT.sample(text, "switchboard_handoff_pickup_seconds_bucket{team=\"support\",le=\"300.0\"}"), text);
        assertEquals(360.0, ServeIT.sample(text, "switchboard_handoff_pickup_seconds_sum{team=\"support\"}"), text);
        assertEquals(0.0, ServeIT.sample(text, "switchboard_handoff_pickup_seconds_sum{team=\"billing\"}"), "a clock step back counts as 0");
    }

    @Test
    void repliesAreCountedAndBucketedAtOneSecond() {
        ChatMeter chat = metrics.chat();
        chat.messageReceived();
        chat.messageReceived();
        chat.turnAnswered(1, TimeUnit.MILLISECONDS.toNanos(40));
        chat.turnAnswered(1, TimeUnit.MILLISECONDS.toNanos(1500));
        String text = metrics.scrape();
        assertEquals(2.0, ServeIT.sample(text, "switchboard_chat_messages_received_total"));
        assertEquals(1.0, ServeIT.sample(text, "switchboard_chat_reply_seconds_bucket{le=\"0.05\"}"), text);
        assertEquals(1.0, ServeIT.sample(text, "switchboard_chat_reply_seconds_bucket{le=\"1.0\"}"), text);
        assertEquals(2.0, ServeIT.sample(text, "switchboard_chat_reply_seconds_bucket{le=\"2.0\"}"), text);
    }

    @Test
    void gaugesAreReadAtEachScrape() {
        int[] open = {3};
        Map<String, Integer> waiting = new java.util.HashMap<>(Map.of("support", 2, "billing", 0));
        metrics.connections(() -> open[0]);
        metrics.waiting(List.of("support", "billing"), waiting::get);
        assertEquals(3.0, ServeIT.sample(metrics.scrape(), "switchboard_chat_connections"));
        open[0] = 5;
        waiting.put("billing", 4);
        String text = metrics.scrape();
        assertEquals(5.0, ServeIT.sample(text, "switchboard_chat_connections"));
        assertEquals(2.0, ServeIT.sample(text, "switchboard_handoff_waiting{team=\"support\"}"));
        assertEquals(4.0, ServeIT.sample(text, "switchboard_handoff_waiting{team=\"billing\"}"));
        assertTrue(text.contains("# TYPE jvm_threads_live_threads gauge"), text);
    }
}
