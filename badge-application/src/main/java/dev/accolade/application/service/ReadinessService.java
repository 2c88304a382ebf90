package dev.accolade.application.service;

import dev.accolade.application.port.in.health.CheckReadinessUseCase;
import dev.accolade.application.port.in.health.Readiness;
import dev.accolade.application.port.out.StorePorts;

/** Answers health probes by running the cheapest read the store has, in a unit of work of its own. */
public final class ReadinessService implements CheckReadinessUseCase {

    private static final System.Logger LOG = System.getLogger(ReadinessService.class.getName());

    private final StorePorts store;

    ReadinessService(StorePorts store) {
        this.store = store;
    }

    @Override
    public Readiness checkReadiness() {
        try {
            store.transactions().readOnly(() -> store.categories().count());
            return new Readiness(true);
        } catch (RuntimeException unavailable) {
            LOG.log(System.Logger.Level.WARNING, "The store did not answer the readiness check", unavailable);
            return new Readiness(false);
        }
    }
}
