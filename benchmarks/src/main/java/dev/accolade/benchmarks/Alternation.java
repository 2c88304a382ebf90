package dev.accolade.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a server case's two sides in turn (A B, then B A, and so on) after one unrecorded warm-up of each,
 * so that drift on a shared machine falls on both; the ratio is the median of each pair's ratio.
 */
final class Alternation {

    private final LoadDriver driver;
    private final Duration warmUp;
    private final Duration round;
    private final int rounds;
    private final AtomicLong sequence = new AtomicLong();

    /** Alternates through this driver, warming each side up for a while and then timing rounds of a length. */
    Alternation(LoadDriver driver, Duration warmUp, Duration round, int rounds) {
        this.driver = driver;
        this.warmUp = warmUp;
        this.round = round;
        this.rounds = rounds;
    }

    /** Measures the case. */
    CaseResult measure(HttpCase httpCase) {
        run(httpCase.measured(), warmUp);
        run(httpCase.baseline(), warmUp);
        List<Round> measured = new ArrayList<>();
        List<Round> baseline = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            if (i % 2 == 0) {
                measured.add(run(httpCase.measured(), round));
                baseline.add(run(httpCase.baseline(), round));
            } else {
                baseline.add(run(httpCase.baseline(), round));
                measured.add(run(httpCase.measured(), round));
            }
        }
        return new CaseResult(httpCase.name(), httpCase.measured().label(), httpCase.baseline().label(),
                httpCase.target(), measured, baseline);
    }

    private Round run(HttpCase.Side side, Duration length) {
        return driver.run(side.label(), side.requests(), side.expectedStatus(), length, sequence);
    }
}
