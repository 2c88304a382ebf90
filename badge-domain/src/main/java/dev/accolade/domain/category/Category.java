package dev.accolade.domain.category;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A node of the category tree: a name, an optional parent and a position among its siblings.
 * Immutable; changes return a new instance.
 */
public final class Category {

    /** The longest name accepted. */
    public static final int MAX_NAME_LENGTH = 100;

    private final CategoryId id;
    private final String name;
    private final Optional<CategoryId> parent;
    private final int position;
    private final Instant createdAt;

    private Category(CategoryId id, String name, Optional<CategoryId> parent, int position, Instant createdAt) {
        this.id = requireNonNull(id, "id");
        this.name = Check.line(name, "name", MAX_NAME_LENGTH);
        this.parent = requireNonNull(parent, "parent");
        this.position = position;
        this.createdAt = requireNonNull(createdAt, "createdAt");
        if (parent.filter(id::equals).isPresent()) {
            throw CategoryPlacement.cycle();
        }
        if (position < 0) {
            throw new IllegalArgumentException("a position is zero or more");
        }
    }

    /** A new category; {@link Siblings#insert} decides its position. */
    public static Category create(CategoryId id, String name, Optional<CategoryId> parent, Instant now) {
        return new Category(id, name, parent, 0, now);
    }

    /** A category as it was stored. */
    public static Category reconstitute(CategoryId id, String name, Optional<CategoryId> parent, int position,
            Instant createdAt) {
        return new Category(id, name, parent, position, createdAt);
    }

    /** This category under another parent, or at the root when empty. */
    public Category under(Optional<CategoryId> newParent) {
        return new Category(id, name, newParent, position, createdAt);
    }

    /** This category at another position among its siblings. */
    public Category at(int newPosition) {
        return new Category(id, name, parent, newPosition, createdAt);
    }

    /** Whether this category sits at the root of the tree. */
    public boolean isRoot() {
        return parent.isEmpty();
    }

    public CategoryId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Optional<CategoryId> parent() {
        return parent;
    }

    /** The zero-based place among the siblings. */
    public int position() {
        return position;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Category that && id.equals(that.id) && name.equals(that.name)
                && parent.equals(that.parent) && position == that.position && createdAt.equals(that.createdAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, parent, position, createdAt);
    }

    @Override
    public String toString() {
        return "Category[" + id + ", " + name + ", parent " + parent.map(CategoryId::toString).orElse("-") + ", #"
                + position + "]";
    }
}
