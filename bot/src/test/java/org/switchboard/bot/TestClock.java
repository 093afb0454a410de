package org.switchboard.bot;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** A clock that stands still until a test moves it. */
final class TestClock extends Clock {
    private Instant now;

    TestClock(Instant now) {
        this.now = now;
    }

    /** A clock at this local time in the office's zone (Europe/Athens). */
    static TestClock athens(String localDateTime) {
        return new TestClock(ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), Fixtures.ATHENS).toInstant());
    }

    void set(Instant instant) {
        now = instant;
    }

    void setAthens(String localDateTime) {
        set(ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), Fixtures.ATHENS).toInstant());
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the bot reads instants only");
    }
}
