package dev.accolade.application.category;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.category.CategoryRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;

/** Builds the category feature's services over the ports and collaborators they use. */
public final class CategoryWiring {

    private CategoryWiring() {
    }

    /** The Categories facade. */
    public static Categories categories(TransactionPort transactions, IdGeneratorPort ids,
            CategoryRepository categories, ClockPort clock, CommandValidator validator, Access access) {
        return new CategoryService(transactions, ids, categories, clock, validator, access);
    }
}
