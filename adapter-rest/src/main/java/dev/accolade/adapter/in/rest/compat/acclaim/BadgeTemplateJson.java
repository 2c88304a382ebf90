package dev.accolade.adapter.in.rest.compat.acclaim;

import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimIds.Kind;
import dev.accolade.domain.common.ImageRef;
import dev.accolade.domain.template.Template;

/**
 * A badge template as Acclaim shows it.
 *
 * @param id the template's id in UUID form
 * @param organizationId its issuer's id in UUID form
 * @param name the working title
 * @param description the description, possibly null
 * @param templateType the type, possibly null
 * @param state {@code active} when a version is live, else {@code draft}
 * @param imageUrl the icon's URL, possibly null
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record BadgeTemplateJson(String id, String organizationId, String name, String description,
        String templateType, String state, String imageUrl, String createdAt, String updatedAt) {

    /** Acclaim's state of a template with a live version. */
    public static final String ACTIVE = "active";
    /** Acclaim's state of a template without one. */
    public static final String DRAFT = "draft";

    /** The template as its issuer sees it. */
    public static BadgeTemplateJson from(Template template) {
        return new BadgeTemplateJson(AcclaimIds.format(Kind.BADGE_TEMPLATE, template.id().value()),
                AcclaimIds.format(Kind.ORGANIZATION, template.issuer().value()), template.details().title(),
                template.details().description(), template.details().type().orElse(null),
                template.live().isPresent() ? ACTIVE : DRAFT,
                imageOf(template), template.createdAt().toString(), template.updatedAt().toString());
    }

    /** The URL of a template's picture, its icon; null when it has none. */
    static String imageOf(Template template) {
        return template.details().icon().map(ImageRef::location).map(location -> location.value()).orElse(null);
    }
}
