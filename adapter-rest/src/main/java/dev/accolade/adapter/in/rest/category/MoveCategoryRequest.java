package dev.accolade.adapter.in.rest.category;

import dev.accolade.application.category.MoveCategoryCommand;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.category.CategoryId;

/**
 * The body of {@code PUT /v1/categories/{id}/placement}: where the category, with its subtree, goes.
 *
 * @param parentId the new parent, absent or {@code null} for the root
 * @param position the zero-based place among the new siblings, absent or {@code null} for the end
 */
public record MoveCategoryRequest(Long parentId, Integer position) {

    /** The command for this actor and category. */
    public MoveCategoryCommand toCommand(Actor actor, CategoryId category) {
        return new MoveCategoryCommand(actor, category, parentId == null ? null : new CategoryId(parentId), position);
    }
}
