package dev.accolade.application.health;

import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.category.CategoryRepository;

/** Builds the health feature's services over the ports and collaborators they use. */
public final class HealthWiring {

    private HealthWiring() {
    }

    /** The Health facade. */
    public static Health health(TransactionPort transactions, CategoryRepository categories) {
        return new ReadinessService(transactions, categories);
    }
}
