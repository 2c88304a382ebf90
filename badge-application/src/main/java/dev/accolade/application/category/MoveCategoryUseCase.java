package dev.accolade.application.category;

import dev.accolade.domain.category.Category;

/** Moves a category in the tree; never under itself or a descendant ({@code category_cycle}). */
public interface MoveCategoryUseCase {

    /** The moved category. */
    Category moveCategory(MoveCategoryCommand command);
}
