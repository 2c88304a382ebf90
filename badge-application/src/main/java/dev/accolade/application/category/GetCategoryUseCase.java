package dev.accolade.application.category;

import dev.accolade.domain.category.Category;
import dev.accolade.domain.category.CategoryId;

/** Reads one category. */
public interface GetCategoryUseCase {

    /** The category, or {@code category_not_found}. */
    Category getCategory(CategoryId id);
}
