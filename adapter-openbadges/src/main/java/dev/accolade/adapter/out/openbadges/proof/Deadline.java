package dev.accolade.adapter.out.openbadges.proof;

import com.apicatalog.rdf.canon.RdfCanonTicker;
import java.time.Duration;

/** One time budget for a whole canonicalization; RDFC-1.0 calls {@link #tick()} inside its blank-node hashing loops. */
final class Deadline implements RdfCanonTicker {

    private final long deadlineNanos;

    Deadline(Duration budget) {
        this.deadlineNanos = System.nanoTime() + budget.toNanos();
    }

    /** Time left, never negative. */
    Duration remaining() {
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }

    @Override
    public void tick() {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new Exceeded();
        }
    }

    /** Thrown through titanium-rdfc's loops when the budget is spent; caught by {@link Canonicalizer}. */
    static final class Exceeded extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super("canonicalization time limit exceeded");
        }
    }
}
