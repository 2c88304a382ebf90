package dev.accolade.domain.category;

import dev.accolade.domain.error.DomainException;
import java.util.List;

/** The shape rules of the tree: no category under itself or its descendants, and a bounded depth. */
public final class CategoryPlacement {

    /** The most levels the tree may have; a root category is at level 1. */
    public static final int MAX_DEPTH = 16;

    private CategoryPlacement() {
    }

    /**
     * Checks that a category whose subtree is {@code subtreeHeight} levels high (1 for a leaf) may be
     * placed under the parent whose chain is given.
     *
     * @param moving the category being placed
     * @param parentChain the new parent first, then its parents up to the root; empty to place at the root
     * @param subtreeHeight the levels of the moving category's subtree, itself included
     */
    public static void check(CategoryId moving, List<CategoryId> parentChain, int subtreeHeight) {
        if (parentChain.contains(moving)) {
            throw cycle();
        }
        if (parentChain.size() + subtreeHeight > MAX_DEPTH) {
            throw DomainException.ruleViolation("category_too_deep",
                    "The category tree may be at most " + MAX_DEPTH + " levels deep.");
        }
    }

    /** {@code category_cycle}: the placement would put a category under itself. */
    public static DomainException cycle() {
        return DomainException.ruleViolation("category_cycle",
                "A category cannot be placed under itself or one of its descendants.");
    }
}
