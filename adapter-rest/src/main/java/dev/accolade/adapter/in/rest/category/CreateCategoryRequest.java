package dev.accolade.adapter.in.rest.category;

import dev.accolade.adapter.in.rest.input.Requests;
import dev.accolade.application.category.CreateCategoryCommand;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.category.CategoryId;

/**
 * The body of {@code POST /v1/categories}.
 *
 * @param name the name
 * @param parentId the parent, absent or {@code null} for a root category
 * @param position the zero-based place among the siblings, absent or {@code null} for the end
 */
public record CreateCategoryRequest(String name, Long parentId, Integer position) {

    /** The command for this actor; a 400 when the name is missing. */
    public CreateCategoryCommand toCommand(Actor actor) {
        return new CreateCategoryCommand(actor, Requests.required(name, "name"),
                parentId == null ? null : new CategoryId(parentId), position);
    }
}
