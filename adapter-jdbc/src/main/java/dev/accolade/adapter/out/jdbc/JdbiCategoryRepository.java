package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.category.CategoryRepository;
import dev.accolade.domain.category.Category;
import dev.accolade.domain.category.CategoryId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/** The category tree in the {@code category} table, each row pointing at its parent. */
final class JdbiCategoryRepository implements CategoryRepository {

    private static final String SELECT = "SELECT id, name, parent_id, position, created_at FROM category";
    private static final RowMapper<Category> CATEGORY = (row, context) -> Category.reconstitute(
            new CategoryId(row.getLong("id")), row.getString("name"),
            Rows.optionalLong(row, "parent_id").map(CategoryId::new), row.getInt("position"),
            Rows.instant(row, "created_at"));

    private final JdbiTransactions transactions;

    JdbiCategoryRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void insert(Category category) {
        SqlErrors.guarded(() -> transactions.current().writing().createUpdate("INSERT INTO category"
                + " (id, name, parent_id, position, created_at) VALUES (:id, :name, :parent, :position, :created)")
                .bind("id", category.id().value()).bind("name", category.name())
                .bindByType("parent", category.parent().map(CategoryId::value).orElse(null), Long.class)
                .bind("position", category.position()).bind("created", category.createdAt()).execute());
    }

    @Override
    public void updateAll(Collection<Category> categories) {
        for (Category category : categories) {
            Updates.expectOne("category " + category.id().value(), transactions.current().writing()
                    .createUpdate("UPDATE category SET name = :name, parent_id = :parent, position = :position,"
                            + " created_at = :created WHERE id = :id")
                    .bind("id", category.id().value()).bind("name", category.name())
                    .bindByType("parent", category.parent().map(CategoryId::value).orElse(null), Long.class)
                    .bind("position", category.position()).bind("created", category.createdAt()).execute());
        }
    }

    @Override
    public Optional<Category> findById(CategoryId id) {
        return transactions.current().reading().createQuery(SELECT + " WHERE id = :id").bind("id", id.value())
                .map(CATEGORY).findOne();
    }

    @Override
    public List<Category> findChildren(Optional<CategoryId> parent) {
        Query children = transactions.current().reading().createQuery(SELECT
                + (parent.isPresent() ? " WHERE parent_id = :parent" : " WHERE parent_id IS NULL")
                + " ORDER BY position, id");
        parent.ifPresent(id -> children.bind("parent", id.value()));
        return children.map(CATEGORY).list();
    }

    @Override
    public Set<CategoryId> existing(Collection<CategoryId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(transactions.current().reading().createQuery("SELECT id FROM category WHERE id IN (<ids>)")
                .bindList("ids", ids.stream().map(CategoryId::value).distinct().toList())
                .map((row, context) -> new CategoryId(row.getLong("id"))).list());
    }

    @Override
    public long count() {
        return transactions.current().reading().createQuery("SELECT COUNT(*) FROM category").mapTo(Long.class).one();
    }
}
