package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.StoreProvider;

/** Registers the in-memory store under the name {@code memory} for {@code Accolade.inMemory()}. */
public final class InMemoryStoreProvider implements StoreProvider {

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public StorePorts open() {
        return new InMemoryStore();
    }
}
