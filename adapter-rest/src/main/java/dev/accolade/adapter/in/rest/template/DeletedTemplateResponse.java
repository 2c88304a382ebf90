package dev.accolade.adapter.in.rest.template;

import dev.accolade.domain.template.Template;

/**
 * A template that a deletion by name removed.
 *
 * @param id the id it had
 * @param title its working title
 */
public record DeletedTemplateResponse(long id, String title) {

    /** The response for a deleted template. */
    public static DeletedTemplateResponse from(Template template) {
        return new DeletedTemplateResponse(template.id().value(), template.details().title());
    }
}
