package dev.accolade.application.usecase;

import dev.accolade.application.port.out.ClockPort;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the test moves by hand; every reading advances it by one microsecond so times are distinct. */
public final class TestClock implements ClockPort {

    private final AtomicReference<Instant> now;

    /** A clock starting at the given instant. */
    public TestClock(Instant start) {
        this.now = new AtomicReference<>(start.truncatedTo(ChronoUnit.MICROS));
    }

    @Override
    public Instant now() {
        return now.getAndUpdate(t -> t.plus(1, ChronoUnit.MICROS));
    }

    /** Moves the clock forward. */
    public void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    /** What the next reading will be, without taking it. */
    public Instant peek() {
        return now.get();
    }
}
