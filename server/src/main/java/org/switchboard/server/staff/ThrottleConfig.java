package org.switchboard.server.staff;

import java.time.Duration;
import java.util.Objects;

/**
 * How failed logins slow down further attempts. After {@code accountFailures} failures for one
 * login name (or {@code addressFailures} from one client address) every further failure locks it
 * for {@code firstDelay}, then twice as long each time, at most {@code maxDelay}. A login that
 * succeeds clears its name's count; counts are forgotten {@code forgetAfter} after the last failure.
 *
 * @param accountFailures failures per login name before the first lock (1..1000)
 * @param addressFailures failures per client address before the first lock (1..100000); higher,
 *                        because an office or a proxy puts many people behind one address
 * @param firstDelay      the first lock (at least a second)
 * @param maxDelay        the longest lock (at least {@code firstDelay}, at most a day)
 * @param forgetAfter     quiet time after which a name's or address's failures are forgotten
 */
public record ThrottleConfig(int accountFailures, int addressFailures, Duration firstDelay, Duration maxDelay,
                             Duration forgetAfter) {
    public static final int DEFAULT_ACCOUNT_FAILURES = 5;
    public static final int DEFAULT_ADDRESS_FAILURES = 20;
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofMinutes(15);

    public ThrottleConfig {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(forgetAfter, "forgetAfter");
        if (accountFailures < 1 || accountFailures > 1_000) {
            throw new IllegalArgumentException("failures per login must be 1..1000: " + accountFailures);
        }
        if (addressFailures < 1 || addressFailures > 100_000) {
            throw new IllegalArgumentException("failures per address must be 1..100000: " + addressFailures);
        }
        if (firstDelay.toSeconds() < 1 || maxDelay.compareTo(firstDelay) < 0 || maxDelay.toHours() > 24) {
            throw new IllegalArgumentException("delays must be 1 s <= first <= longest <= 24 h: "
                    + firstDelay.toSeconds() + " s, " + maxDelay.toSeconds() + " s");
        }
        if (forgetAfter.compareTo(maxDelay) < 0) {
            throw new IllegalArgumentException("failures must be remembered at least as long as the longest lock");
        }
    }

    /** 5 per login, 20 per address, 1 s doubling to 15 min, forgotten after an hour. */
    public static ThrottleConfig defaults() {
        return new ThrottleConfig(DEFAULT_ACCOUNT_FAILURES, DEFAULT_ADDRESS_FAILURES, Duration.ofSeconds(1),
                DEFAULT_MAX_DELAY, Duration.ofHours(1));
    }

    /** The lock that follows the {@code failures}-th failure when the threshold is {@code threshold}. */
    Duration lockAfter(int failures, int threshold) {
        if (failures < threshold) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - threshold, 30);
        long seconds = firstDelay.toSeconds() << doublings;
        return seconds >= maxDelay.toSeconds() || seconds < 0 ? maxDelay : Duration.ofSeconds(seconds);
    }
}
