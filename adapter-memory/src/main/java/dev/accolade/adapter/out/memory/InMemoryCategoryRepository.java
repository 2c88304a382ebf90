package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.category.CategoryRepository;
import dev.accolade.domain.category.Category;
import dev.accolade.domain.category.CategoryId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The category tree in memory. */
final class InMemoryCategoryRepository implements CategoryRepository {

    private final InMemoryDatabase database;
    private final Table<CategoryId, Category> table;

    InMemoryCategoryRepository(InMemoryDatabase database) {
        this.database = database;
        this.table = Tables.byId(database, Category::id, List.of());
    }

    @Override
    public void insert(Category category) {
        database.write(() -> table.insert(category));
    }

    @Override
    public void updateAll(Collection<Category> categories) {
        database.write(() -> categories.forEach(table::update));
    }

    @Override
    public Optional<Category> findById(CategoryId id) {
        return database.read(() -> table.get(id));
    }

    @Override
    public List<Category> findChildren(Optional<CategoryId> parent) {
        return database.read(() -> table.rows().filter(category -> category.parent().equals(parent))
                .sorted(Comparator.comparingInt(Category::position).thenComparingLong(c -> c.id().value()))
                .toList());
    }

    @Override
    public Set<CategoryId> existing(Collection<CategoryId> ids) {
        return database.read(() -> ids.stream().filter(id -> table.get(id).isPresent()).collect(Collectors.toSet()));
    }

    @Override
    public long count() {
        return database.read(() -> table.rows().count());
    }
}
