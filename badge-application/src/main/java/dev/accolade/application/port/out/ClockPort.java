package dev.accolade.application.port.out;

import java.time.Instant;

/** The current time, truncated to microseconds so every store returns exactly what was written. */
public interface ClockPort {

    /** Now, to the microsecond. */
    Instant now();
}
