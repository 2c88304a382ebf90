package dev.accolade.adapter.in.rest.limit;

import com.google.common.base.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A ticker the test moves by hand, so that buckets refill without sleeping. */
final class ManualTicker extends Ticker {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Override
    public long read() {
        return nanos.get();
    }

    /** Moves time forward. */
    void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
