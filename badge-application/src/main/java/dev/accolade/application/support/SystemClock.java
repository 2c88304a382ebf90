package dev.accolade.application.support;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.ClockPort;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The clock port over a {@link java.time.Clock}, truncated to microseconds. */
public final class SystemClock implements ClockPort {

    private final Clock clock;

    /** The system's UTC clock. */
    public SystemClock() {
        this(Clock.systemUTC());
    }

    /** Any clock, such as a fixed or offset one in tests. */
    public SystemClock(Clock clock) {
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
