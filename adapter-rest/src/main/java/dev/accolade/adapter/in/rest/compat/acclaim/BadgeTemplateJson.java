package dev.accolade.adapter.in.rest.compat.acclaim;

import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimIds.Kind;
import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.application.template.TemplateView;
import dev.accolade.domain.score.Rarity;
import dev.accolade.domain.template.Template;

/**
 * A badge template as Acclaim shows it; {@code hidden}, {@code rarity} and {@code points} are additions to the
 * specification's attributes, which clients that do not know them ignore.
 *
 * @param id the template's id in UUID form
 * @param organizationId its issuer's id in UUID form
 * @param name the working title; "Hidden badge" when concealed
 * @param description the description, possibly null; null when concealed
 * @param templateType the type, possibly null; null when concealed
 * @param state {@code active} when a version is live, else {@code draft}
 * @param imageUrl the template's picture, an absolute URL: its icon as given when that lives on the web, else the
 *     badge image this server serves for it (its uploaded icon, or one drawn for it); null when concealed
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param hidden whether others see it as hidden until they hold it
 * @param rarity the share of its issuer's subjects who hold it, 0 to 1; null when concealed
 * @param points what each award of it adds to its recipient's score; null when concealed
 */
public record BadgeTemplateJson(String id, String organizationId, String name, String description,
        String templateType, String state, String imageUrl, String createdAt, String updatedAt, boolean hidden,
        Double rarity, Long points) {

    /** Acclaim's state of a template with a live version. */
    public static final String ACTIVE = "active";
    /** Acclaim's state of a template without one. */
    public static final String DRAFT = "draft";
    /** The name a concealed template shows instead of its title. */
    public static final String HIDDEN_NAME = "Hidden badge";

    private static final String NONE = null;
    private static final Double NO_RARITY = null;
    private static final Long NO_POINTS = null;

    /**
     * The template as the application says its viewer sees it: whole with its rarity, or concealed; its picture
     * under these URLs.
     */
    public static BadgeTemplateJson from(TemplateView view, CredentialUrls urls) {
        Template template = view.template();
        if (view.concealed()) {
            return new BadgeTemplateJson(idOf(template), organizationOf(template), HIDDEN_NAME, NONE, NONE,
                    stateOf(template), NONE, template.createdAt().toString(), template.updatedAt().toString(), true,
                    NO_RARITY, NO_POINTS);
        }
        return whole(template, view.rarity(), urls);
    }

    /** A template just created, as its issuer sees it: nobody holds it yet; its picture under these URLs. */
    public static BadgeTemplateJson from(Template template, CredentialUrls urls) {
        return whole(template, Rarity.NONE, urls);
    }

    private static BadgeTemplateJson whole(Template template, Rarity rarity, CredentialUrls urls) {
        return new BadgeTemplateJson(idOf(template), organizationOf(template), template.details().title(),
                template.details().description(), template.details().type().orElse(null), stateOf(template),
                urls.picture(template), template.createdAt().toString(), template.updatedAt().toString(),
                template.details().hidden(), rarity.share(), template.details().points());
    }

    /** The template's picture under these URLs; null when the viewer sees the template concealed. */
    static String imageOf(Template template, boolean concealed, CredentialUrls urls) {
        return concealed ? NONE : urls.picture(template);
    }

    private static String idOf(Template template) {
        return AcclaimIds.format(Kind.BADGE_TEMPLATE, template.id().value());
    }

    private static String organizationOf(Template template) {
        return AcclaimIds.format(Kind.ORGANIZATION, template.issuer().value());
    }

    private static String stateOf(Template template) {
        return template.live().isPresent() ? ACTIVE : DRAFT;
    }
}
