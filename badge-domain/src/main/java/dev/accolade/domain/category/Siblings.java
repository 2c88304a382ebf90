package dev.accolade.domain.category;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The children of one parent (or the roots) in their order, with the relations the hierarchy asks
 * for and the renumbering that keeps positions {@code 0..n-1}.
 *
 * @param parent the common parent, empty for the roots
 * @param ordered the categories by position, then id
 */
public record Siblings(Optional<CategoryId> parent, List<Category> ordered) {

    private static final Comparator<Category> ORDER = Comparator.comparingInt(Category::position)
            .thenComparingLong(c -> c.id().value());

    /** Orders the categories and checks they share the parent. */
    public Siblings {
        requireNonNull(parent, "parent");
        ordered = ordered.stream().sorted(ORDER).toList();
        if (ordered.stream().anyMatch(c -> !c.parent().equals(parent))) {
            throw new IllegalArgumentException("siblings share one parent");
        }
    }

    /** The children of a parent, in any order. */
    public static Siblings of(Optional<CategoryId> parent, Collection<Category> children) {
        return new Siblings(parent, List.copyOf(children));
    }

    /** All siblings of a category, itself excluded. */
    public List<Category> except(CategoryId id) {
        return ordered.stream().filter(c -> !c.id().equals(id)).toList();
    }

    /** The siblings that follow a category, nearest first. */
    public List<Category> after(CategoryId id) {
        return ordered.subList(indexOf(id) + 1, ordered.size());
    }

    /** The siblings that precede a category, in their order. */
    public List<Category> before(CategoryId id) {
        return ordered.subList(0, indexOf(id));
    }

    /**
     * Places a category among these siblings at an index (clamped; at the end when absent), moving it
     * if it is already here, and renumbers.
     *
     * @return every category whose parent or position changed, the placed one included
     */
    public List<Category> insert(Category category, OptionalInt index) {
        List<Category> next = new ArrayList<>(except(category.id()));
        int at = Math.max(0, Math.min(index.orElse(next.size()), next.size()));
        next.add(at, category.under(parent));
        return renumber(next, category.id());
    }

    /** Takes a category out and renumbers the rest; returns the categories whose position changed. */
    public List<Category> remove(CategoryId id) {
        return renumber(new ArrayList<>(except(id)), null);
    }

    private List<Category> renumber(List<Category> next, CategoryId alwaysChanged) {
        List<Category> changed = new ArrayList<>();
        for (int i = 0; i < next.size(); i++) {
            Category current = next.get(i);
            if (current.position() != i || current.id().equals(alwaysChanged)) {
                changed.add(current.at(i));
            }
        }
        return List.copyOf(changed);
    }

    private int indexOf(CategoryId id) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not among these siblings: " + id);
    }
}
