package dev.accolade.application.category;

/** The category feature: the operator keeps one tree of categories that anyone reads. */
public interface Categories
        extends CreateCategoryUseCase, GetCategoryHierarchyUseCase, GetCategoryUseCase, MoveCategoryUseCase {
}
