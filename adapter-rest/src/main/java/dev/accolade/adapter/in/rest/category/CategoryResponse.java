package dev.accolade.adapter.in.rest.category;

import dev.accolade.domain.category.Category;
import dev.accolade.domain.category.CategoryId;

/**
 * A category as the native API shows it.
 *
 * @param id the category's id
 * @param name the name
 * @param parentId the parent, {@code null} for a root category
 * @param position the zero-based place among the siblings
 * @param createdAt when it was created, ISO-8601 in UTC
 */
public record CategoryResponse(long id, String name, Long parentId, int position, String createdAt) {

    /** The response for a category. */
    public static CategoryResponse from(Category category) {
        return new CategoryResponse(category.id().value(), category.name(),
                category.parent().map(CategoryId::value).orElse(null), category.position(),
                category.createdAt().toString());
    }
}
