package dev.accolade.application.health;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.category.CategoryRepository;


/** Answers health probes by running the cheapest read the store has, in a unit of work of its own. */
final class ReadinessService implements Health {

    private static final System.Logger LOG = System.getLogger(ReadinessService.class.getName());

    private final TransactionPort transactions;
    private final CategoryRepository categories;

    ReadinessService(TransactionPort transactions, CategoryRepository categories) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.categories = requireNonNull(categories, "categories");
    }

    @Override
    public Readiness checkReadiness() {
        try {
            transactions.readOnly(() -> categories.count());
            return new Readiness(true);
        } catch (RuntimeException unavailable) {
            LOG.log(System.Logger.Level.WARNING, "The store did not answer the readiness check", unavailable);
            return new Readiness(false);
        }
    }
}
