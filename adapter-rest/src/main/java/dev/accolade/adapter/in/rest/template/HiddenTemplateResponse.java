package dev.accolade.adapter.in.rest.template;

import dev.accolade.domain.template.Template;

/**
 * A hidden template as someone who neither acts for its issuer nor holds it sees it: no title, description,
 * criteria or picture, only that it exists.
 *
 * @param id the template's id
 * @param issuerId the issuer that owns it
 * @param hidden always {@code true}
 */
public record HiddenTemplateResponse(long id, long issuerId, boolean hidden) {

    /** The hidden response for a template. */
    static HiddenTemplateResponse from(Template template) {
        return new HiddenTemplateResponse(template.id().value(), template.issuer().value(), true);
    }
}
