package dev.accolade.application.category;

import dev.accolade.domain.category.Category;

/** Adds a category to the tree. */
public interface CreateCategoryUseCase {

    /** The new category. */
    Category createCategory(CreateCategoryCommand command);
}
