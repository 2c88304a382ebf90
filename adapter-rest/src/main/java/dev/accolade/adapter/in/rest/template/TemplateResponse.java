package dev.accolade.adapter.in.rest.template;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.adapter.in.rest.page.PageLinks;
import dev.accolade.application.template.TemplateView;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.template.PublishedRevision;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateDetails;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A template as the native API shows it: its working version's content and status, which version is
 * live, and its figures. Someone other than its issuer sees only the live version; a hidden template that
 * viewer does not hold is answered as a {@link HiddenTemplateResponse} instead (see {@link #of}).
 *
 * @param id the template's id
 * @param issuerId the issuer that owns it
 * @param version the working version number
 * @param status {@code draft}, {@code pending_review}, {@code published} or {@code rejected}
 * @param publishedVersion the live version number, {@code null} when nothing was ever published
 * @param rejectionReason why the moderator refused it, {@code null} unless rejected with a reason
 * @param title the name
 * @param description the description, empty when none
 * @param icon the picture, {@code null} when none
 * @param categories the ids of its categories
 * @param attachments the files
 * @param criteria what earns it, empty when none
 * @param type a kind or level, {@code null} when none
 * @param customFields the open-ended fields exactly as given
 * @param featured whether it is highlighted
 * @param repeatable whether one recipient may receive it more than once
 * @param acceptanceRequired whether awards wait as offers for the recipient's acceptance
 * @param rule how it awards itself from the issuer's events, {@code null} when it does not
 * @param hidden whether others see it as hidden until they hold it
 * @param awardCount how many live awards it has
 * @param lastAwardedAt when it was last awarded, {@code null} when never
 * @param ratings its average ratings
 * @param publishedAt when it first went live, {@code null} when never
 * @param createdAt when it was created
 * @param updatedAt when its working version last changed
 * @param pageUrl the absolute URL of its public page, once published; {@code null} before
 */
public record TemplateResponse(long id, long issuerId, int version, String status, Integer publishedVersion,
        String rejectionReason, String title, String description, ImageResponse icon, List<Long> categories,
        List<AttachmentResponse> attachments, String criteria, String type, ObjectNode customFields,
        boolean featured, boolean repeatable, boolean acceptanceRequired, RuleBody rule, boolean hidden,
        long awardCount, String lastAwardedAt, RatingsResponse ratings, String publishedAt, String createdAt,
        String updatedAt, String pageUrl) {

    /** The response for a template as its viewer sees it: whole, or as hidden when concealed from the viewer. */
    public static Object of(TemplateView view, PageLinks links) {
        return view.concealed() ? HiddenTemplateResponse.from(view.template()) : from(view, links);
    }

    /** The whole response for a template with its figures. */
    public static TemplateResponse from(TemplateView view, PageLinks links) {
        Template template = view.template();
        TemplateDetails details = template.details();
        return new TemplateResponse(template.id().value(), template.issuer().value(), template.version(),
                template.status().name().toLowerCase(Locale.ROOT),
                template.live().map(PublishedRevision::version).orElse(null),
                template.rejectionReason().orElse(null), details.title(), details.description(),
                details.icon().map(ImageResponse::from).orElse(null),
                details.categories().stream().map(CategoryId::value).toList(),
                details.attachments().stream().map(AttachmentResponse::from).toList(), details.criteria(),
                details.type().orElse(null), CustomFieldsWriter.toJson(details.customFields()), details.featured(),
                details.repeatable(), details.acceptanceRequired(), RuleBody.from(details.rule().orElse(null)),
                details.hidden(), view.awards().count(),
                view.awards().latest().map(Instant::toString).orElse(null), RatingsResponse.from(view.ratings()),
                template.firstPublishedAt().map(Instant::toString).orElse(null), template.createdAt().toString(),
                template.updatedAt().toString(), pageUrl(template, links));
    }

    /** The badge page's absolute URL, once the template is published; null before. */
    private static String pageUrl(Template template, PageLinks links) {
        return template.live().isPresent() ? links.badge(template.publicId()) : null;
    }
}
