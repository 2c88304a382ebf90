package dev.accolade.application.port.out.category;

import dev.accolade.domain.category.Category;
import dev.accolade.domain.category.CategoryId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stores the category tree. */
public interface CategoryRepository {

    /** Adds a new category. */
    void insert(Category category);

    /** Replaces stored categories, as a move renumbers siblings. */
    void updateAll(Collection<Category> categories);

    /** The category with this id. */
    Optional<Category> findById(CategoryId id);

    /** The children of a parent (the roots when empty), by position, then id. */
    List<Category> findChildren(Optional<CategoryId> parent);

    /** Which of these ids name stored categories. */
    Set<CategoryId> existing(Collection<CategoryId> ids);

    /** How many categories there are. */
    long count();
}
