package dev.accolade.application.category;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.category.Category;
import dev.accolade.domain.category.CategoryId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Create a category; the tree is shared by all issuers and kept by the operator.
 *
 * @param actor the operator
 * @param name the name
 * @param parent the parent, or null for a root category
 * @param position the place among the siblings, or null for the end
 */
public record CreateCategoryCommand(@NotNull Actor actor, @NotBlank @Size(max = Category.MAX_NAME_LENGTH) String name,
        CategoryId parent, @PositiveOrZero Integer position) {
}
