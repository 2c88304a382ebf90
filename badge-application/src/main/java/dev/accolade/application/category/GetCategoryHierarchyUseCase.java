package dev.accolade.application.category;

import dev.accolade.domain.category.Category;
import java.util.List;

/** Answers parents, children and siblings of a category. */
public interface GetCategoryHierarchyUseCase {

    /** The related categories in order; {@code category_not_found} for an unknown category. */
    List<Category> categoryHierarchy(CategoryHierarchyQuery query);
}
