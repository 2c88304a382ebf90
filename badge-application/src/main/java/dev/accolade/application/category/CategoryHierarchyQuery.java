package dev.accolade.application.category;

import dev.accolade.domain.category.CategoryId;
import jakarta.validation.constraints.NotNull;

/**
 * Ask for the categories related to one.
 *
 * @param category the category; null with {@link CategoryRelation#CHILDREN} lists the roots
 * @param relation which relation
 */
public record CategoryHierarchyQuery(CategoryId category, @NotNull CategoryRelation relation) {
}
