package dev.accolade.application.category;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.category.CategoryId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Move a category, with its subtree, under another parent or to another place among its siblings.
 *
 * @param actor the operator
 * @param category the category to move
 * @param parent the new parent, or null for the root
 * @param position the place among the new siblings, or null for the end
 */
public record MoveCategoryCommand(@NotNull Actor actor, @NotNull CategoryId category, CategoryId parent,
        @PositiveOrZero Integer position) {
}
