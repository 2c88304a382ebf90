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

    private final LoadDriver driver = new LoadDriver();
    private final int connections;
    private final Duration warmUp;
    private final Duration round;
    private final int rounds;
    private final AtomicLong sequence = new AtomicLong();

    /**
     * Alternates with this many requests in flight unless a case says otherwise, warming each side up for a while
     * and then timing rounds of a length.
     */
    Alternation(int connections, Duration warmUp, Duration round, int rounds) {
        this.connections = connections;
        this.warmUp = warmUp;
        this.round = round;
        this.rounds = rounds;
    }

    /** Measures the case. */
    CaseResult measure(HttpCase httpCase) {
        int inFlight = httpCase.connections() > 0 ? httpCase.connections() : connections;
        run(httpCase.measured(), inFlight, warmUp);
        run(httpCase.baseline(), inFlight, warmUp);
        List<Round> measured = new ArrayList<>();
        List<Round> baseline = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            if (i % 2 == 0) {
                measured.add(run(httpCase.measured(), inFlight, round));
                baseline.add(run(httpCase.baseline(), inFlight, round));
            } else {
                baseline.add(run(httpCase.baseline(), inFlight, round));
                measured.add(run(httpCase.measured(), inFlight, round));
            }
        }
        return new CaseResult(httpCase.name(), httpCase.measured().label(), httpCase.baseline().label(),
                httpCase.target(), measured, baseline);
    }

    private Round run(HttpCase.Side side, int inFlight, Duration length) {
        return driver.run(side.label(), side.requests(), side.expectedStatus(), inFlight, length, sequence);
    }
}
