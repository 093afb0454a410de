package org.switchboard.server.chat;

import java.time.Duration;
import java.util.Objects;

/**
 * How live chat behaves, from the {@code bot.*} and {@code chat.*} configuration keys.
 *
 * @param botName          the name the bot introduces itself with (1–40 characters)
 * @param idleTimeout      silence after which the bot ends a conversation and asks the survey
 * @param perConnection    most frames a second one connection may send (burst of the same size)
 * @param perAddress       most frames a second all connections from one address may send together
 */
public record ChatConfig(String botName, Duration idleTimeout, int perConnection, int perAddress) {
    public static final String DEFAULT_BOT_NAME = "Sam";
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(15);
    public static final int DEFAULT_PER_CONNECTION = 10;
    public static final int DEFAULT_PER_ADDRESS = 30;

    public ChatConfig {
        Objects.requireNonNull(botName, "botName");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        botName = botName.strip();
        if (botName.isEmpty() || botName.length() > 40) {
            throw new IllegalArgumentException("must be 1 to 40 characters: '" + botName + "'");
        }
        if (idleTimeout.toSeconds() < 1 || idleTimeout.toHours() > 24) {
            throw new IllegalArgumentException("idle timeout must be 1 second to 24 hours: " + idleTimeout.toSeconds() + " s");
        }
        if (perConnection < 1 || perConnection > 100_000 || perAddress < 1 || perAddress > 100_000) {
            throw new IllegalArgumentException("rate limits must be 1..100000 frames a second: " + perConnection + ", " + perAddress);
        }
    }

    public static ChatConfig defaults() {
        return new ChatConfig(DEFAULT_BOT_NAME, DEFAULT_IDLE_TIMEOUT, DEFAULT_PER_CONNECTION, DEFAULT_PER_ADDRESS);
    }

    public ChatConfig withPerAddress(int frames) {
        return new ChatConfig(botName, idleTimeout, perConnection, frames);
    }

    public ChatConfig withIdleTimeout(Duration timeout) {
        return new ChatConfig(botName, timeout, perConnection, perAddress);
    }
}
