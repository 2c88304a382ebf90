package dev.accolade.application.template;

import dev.accolade.application.port.in.ImageInput;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.template.CustomFields;
import dev.accolade.domain.template.FieldValue;
import dev.accolade.domain.template.TemplateDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A template's content as a client gives it, for creating or replacing a version.
 *
 * @param title the name
 * @param description the description, possibly absent
 * @param icon the picture, possibly absent
 * @param categories the categories, possibly absent
 * @param attachments the files, possibly absent
 * @param criteria what earns it, possibly absent
 * @param type a kind or level, possibly absent
 * @param customFields open-ended fields, possibly absent
 * @param featured whether it is highlighted
 * @param repeatable whether one recipient may receive it more than once
 * @param acceptanceRequired whether awards wait as offers for the recipient's acceptance
 * @param rule how it awards itself from its issuer's events, possibly absent
 * @param hidden whether it is shown to others as hidden until they hold it
 * @param points what each award of it adds to its recipient's score
 */
public record TemplateInput(@NotBlank @Size(max = TemplateDetails.MAX_TITLE_LENGTH) String title,
        @Size(max = TemplateDetails.MAX_DESCRIPTION_LENGTH) String description, @Valid ImageInput icon,
        @Size(max = TemplateDetails.MAX_CATEGORIES) List<@NotNull CategoryId> categories,
        @Size(max = TemplateDetails.MAX_ATTACHMENTS) List<@NotNull @Valid AttachmentInput> attachments,
        @Size(max = TemplateDetails.MAX_CRITERIA_LENGTH) String criteria,
        @Size(max = TemplateDetails.MAX_TYPE_LENGTH) String type,
        @Size(max = CustomFields.MAX_FIELDS) Map<String, FieldValue> customFields, boolean featured,
        boolean repeatable, boolean acceptanceRequired, RuleInput rule, boolean hidden, long points) {

    /** Content without points. */
    public TemplateInput(String title, String description, ImageInput icon, List<CategoryId> categories,
            List<AttachmentInput> attachments, String criteria, String type, Map<String, FieldValue> customFields,
            boolean featured, boolean repeatable, boolean acceptanceRequired, RuleInput rule, boolean hidden) {
        this(title, description, icon, categories, attachments, criteria, type, customFields, featured, repeatable,
                acceptanceRequired, rule, hidden, 0);
    }

    /** Content that is not hidden. */
    public TemplateInput(String title, String description, ImageInput icon, List<CategoryId> categories,
            List<AttachmentInput> attachments, String criteria, String type, Map<String, FieldValue> customFields,
            boolean featured, boolean repeatable, boolean acceptanceRequired, RuleInput rule) {
        this(title, description, icon, categories, attachments, criteria, type, customFields, featured, repeatable,
                acceptanceRequired, rule, false);
    }

    /** Content without a rule. */
    public TemplateInput(String title, String description, ImageInput icon, List<CategoryId> categories,
            List<AttachmentInput> attachments, String criteria, String type, Map<String, FieldValue> customFields,
            boolean featured, boolean repeatable, boolean acceptanceRequired) {
        this(title, description, icon, categories, attachments, criteria, type, customFields, featured, repeatable,
                acceptanceRequired, null);
    }

    /**
     * Content with only a title: no description, picture, categories, files, criteria, type or custom
     * fields, not featured, given once and directly; the withers below set the rest.
     */
    public static TemplateInput titled(String title) {
        return new TemplateInput(title, "", null, List.of(), List.of(), "", "", Map.of(), false, false, false);
    }

    /** This content with a description, or none when null. */
    public TemplateInput describedAs(String value) {
        return new TemplateInput(title, value, icon, categories, attachments, criteria, type, customFields, featured,
                repeatable, acceptanceRequired, rule, hidden, points);
    }

    /** This content with a picture, or none when null. */
    public TemplateInput withIcon(ImageInput value) {
        return new TemplateInput(title, description, value, categories, attachments, criteria, type, customFields,
                featured, repeatable, acceptanceRequired, rule, hidden, points);
    }

    /** This content with these categories, or none when null. */
    public TemplateInput inCategories(List<CategoryId> value) {
        return new TemplateInput(title, description, icon, value, attachments, criteria, type, customFields, featured,
                repeatable, acceptanceRequired, rule, hidden, points);
    }

    /** This content with these files, or none when null. */
    public TemplateInput withAttachments(List<AttachmentInput> value) {
        return new TemplateInput(title, description, icon, categories, value, criteria, type, customFields, featured,
                repeatable, acceptanceRequired, rule, hidden, points);
    }

    /** This content with what earns it, or nothing said when null. */
    public TemplateInput withCriteria(String value) {
        return new TemplateInput(title, description, icon, categories, attachments, value, type, customFields,
                featured, repeatable, acceptanceRequired, rule, hidden, points);
    }

    /** This content with a kind or level, or none when null. */
    public TemplateInput ofType(String value) {
        return new TemplateInput(title, description, icon, categories, attachments, criteria, value, customFields,
                featured, repeatable, acceptanceRequired, rule, hidden, points);
    }

    /** This content with these open-ended fields, or none when null. */
    public TemplateInput withCustomFields(Map<String, FieldValue> value) {
        return new TemplateInput(title, description, icon, categories, attachments, criteria, type, value, featured,
                repeatable, acceptanceRequired, rule, hidden, points);
    }

    /** This content with highlighted or not. */
    public TemplateInput featured(boolean value) {
        return new TemplateInput(title, description, icon, categories, attachments, criteria, type, customFields,
                value, repeatable, acceptanceRequired, rule, hidden, points);
    }

    /** This content with given to one recipient more than once, or not. */
    public TemplateInput repeatable(boolean value) {
        return new TemplateInput(title, description, icon, categories, attachments, criteria, type, customFields,
                featured, value, acceptanceRequired, rule, hidden, points);
    }

    /** This content with awarded as offers the recipient accepts, or directly. */
    public TemplateInput needingAcceptance(boolean value) {
        return new TemplateInput(title, description, icon, categories, attachments, criteria, type, customFields,
                featured, repeatable, value, rule, hidden, points);
    }

    /** This content with a rule, or none when null. */
    public TemplateInput withRule(RuleInput value) {
        return new TemplateInput(title, description, icon, categories, attachments, criteria, type, customFields,
                featured, repeatable, acceptanceRequired, value, hidden, points);
    }

    /** This content shown to others as hidden until they hold it, or not. */
    public TemplateInput hidden(boolean value) {
        return new TemplateInput(title, description, icon, categories, attachments, criteria, type, customFields,
                featured, repeatable, acceptanceRequired, rule, value, points);
    }

    /** This content with what each award adds to its recipient's score. */
    public TemplateInput withPoints(long value) {
        return new TemplateInput(title, description, icon, categories, attachments, criteria, type, customFields,
                featured, repeatable, acceptanceRequired, rule, hidden, value);
    }

    /** The checked content. */
    public TemplateDetails toDetails() {
        return TemplateDetails.titled(title).description(description)
                .icon(icon == null ? null : icon.toImageRef())
                .categories(categories == null ? List.of() : categories)
                .attachments(attachments == null ? List.of()
                        : attachments.stream().map(AttachmentInput::toAttachment).toList())
                .criteria(criteria).type(type)
                .customFields(customFields == null ? CustomFields.NONE : new CustomFields(customFields))
                .featured(featured).repeatable(repeatable).acceptanceRequired(acceptanceRequired)
                .rule(rule == null ? null : rule.toRule()).hidden(hidden).points(points).build();
    }
}
