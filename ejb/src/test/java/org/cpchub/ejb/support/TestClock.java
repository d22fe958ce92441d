package org.cpchub.ejb.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A clock the test moves: publish an agenda "today", then hold the meeting "a week later". */
public final class TestClock extends Clock {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private Instant now;

    public TestClock(Instant start) {
        this.now = start;
    }

    /** Moves to 10 a.m. UK time on the day. */
    public void setDay(LocalDate day) {
        now = day.atTime(LocalTime.of(10, 0)).atZone(UK).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return UK;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
