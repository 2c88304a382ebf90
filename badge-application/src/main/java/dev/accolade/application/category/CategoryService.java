package dev.accolade.application.category;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.category.CategoryRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.domain.category.Category;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.category.CategoryPlacement;
import dev.accolade.domain.category.Siblings;
import dev.accolade.domain.common.Check;
import dev.accolade.domain.error.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Keeps the category tree: creating and moving categories, and answering its relations. */
final class CategoryService implements Categories {

    /** The most categories the tree may hold. */
    static final int MAX_CATEGORIES = 10_000;

    private final TransactionPort transactions;
    private final IdGeneratorPort ids;
    private final CategoryRepository categories;
    private final ClockPort clock;
    private final CommandValidator validator;
    private final Access access;

    CategoryService(TransactionPort transactions, IdGeneratorPort ids, CategoryRepository categories, ClockPort clock,
            CommandValidator validator, Access access) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.ids = requireNonNull(ids, "ids");
        this.categories = requireNonNull(categories, "categories");
        this.clock = requireNonNull(clock, "clock");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
    }

    @Override
    public Category createCategory(CreateCategoryCommand command) {
        validator.validate(command);
        access.requireOperator(command.actor());
        return transactions.inTransaction(() -> {
            if (categories.count() >= MAX_CATEGORIES) {
                throw DomainException.ruleViolation("category_limit_reached",
                        "The tree may hold at most " + MAX_CATEGORIES + " categories.");
            }
            Optional<CategoryId> parent = Optional.ofNullable(command.parent());
            parent.ifPresent(this::load);
            Category created = Category.create(new CategoryId(ids.nextId()), command.name(), parent,
                    clock.now());
            CategoryPlacement.check(created.id(), chainFrom(parent), 1);
            List<Category> changed = siblingsUnder(parent).insert(created, position(command.position()));
            Category placed = find(changed, created.id());
            categories.insert(placed);
            categories.updateAll(changed.stream().filter(c -> !c.id().equals(created.id())).toList());
            return placed;
        });
    }

    @Override
    public Category moveCategory(MoveCategoryCommand command) {
        validator.validate(command);
        access.requireOperator(command.actor());
        return transactions.inTransaction(() -> {
            Category moving = load(command.category());
            Optional<CategoryId> parent = Optional.ofNullable(command.parent());
            parent.ifPresent(this::load);
            CategoryPlacement.check(moving.id(), chainFrom(parent), subtreeHeight(moving.id()));
            List<Category> changed = new ArrayList<>();
            if (!moving.parent().equals(parent)) {
                changed.addAll(siblingsUnder(moving.parent()).remove(moving.id()));
            }
            changed.addAll(siblingsUnder(parent).insert(moving, position(command.position())));
            categories.updateAll(changed);
            return find(changed, moving.id());
        });
    }

    @Override
    public Category getCategory(CategoryId id) {
        requireNonNull(id, "id");
        return transactions.readOnly(() -> load(id));
    }

    @Override
    public List<Category> categoryHierarchy(CategoryHierarchyQuery query) {
        validator.validate(query);
        return transactions.readOnly(() -> {
            if (query.category() == null) {
                if (query.relation() != CategoryRelation.CHILDREN) {
                    throw Check.blank("category_id");
                }
                return categories.findChildren(Optional.empty());
            }
            Category category = load(query.category());
            return switch (query.relation()) {
                case PARENTS -> chainFrom(category.parent()).stream().map(this::load).toList();
                case CHILDREN -> categories.findChildren(Optional.of(category.id()));
                case SIBLINGS -> siblingsUnder(category.parent()).except(category.id());
                case SIBLINGS_NEXT -> siblingsUnder(category.parent()).after(category.id());
                case SIBLINGS_PREV -> siblingsUnder(category.parent()).before(category.id());
            };
        });
    }

    private Category load(CategoryId id) {
        return categories.findById(id).orElseThrow(() -> NotFound.category(id));
    }

    private Siblings siblingsUnder(Optional<CategoryId> parent) {
        return Siblings.of(parent, categories.findChildren(parent));
    }

    /** The parent and its ancestors up to the root, bounded by the tree's depth. */
    private List<CategoryId> chainFrom(Optional<CategoryId> parent) {
        List<CategoryId> chain = new ArrayList<>();
        Optional<CategoryId> next = parent;
        while (next.isPresent() && chain.size() <= CategoryPlacement.MAX_DEPTH) {
            chain.add(next.get());
            next = load(next.get()).parent();
        }
        return chain;
    }

    /** How many levels the subtree under a category has, itself included, bounded by the tree's depth. */
    private int subtreeHeight(CategoryId root) {
        int height = 0;
        List<CategoryId> level = List.of(root);
        while (!level.isEmpty() && height <= CategoryPlacement.MAX_DEPTH) {
            height++;
            level = level.stream().flatMap(id -> categories.findChildren(Optional.of(id)).stream())
                    .map(Category::id).toList();
        }
        return height;
    }

    private static OptionalInt position(Integer position) {
        return position == null ? OptionalInt.empty() : OptionalInt.of(position);
    }

    private static Category find(List<Category> categories, CategoryId id) {
        return categories.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
