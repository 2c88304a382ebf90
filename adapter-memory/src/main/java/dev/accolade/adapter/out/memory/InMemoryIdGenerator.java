package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.IdGeneratorPort;
import java.util.concurrent.atomic.AtomicLong;

/** Ids from one counter, like a database sequence: 1, 2, 3 … */
final class InMemoryIdGenerator implements IdGeneratorPort {

    private final AtomicLong last = new AtomicLong();

    @Override
    public long nextId() {
        return last.incrementAndGet();
    }
}
