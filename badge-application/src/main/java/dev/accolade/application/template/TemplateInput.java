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
 */
public record TemplateInput(@NotBlank @Size(max = TemplateDetails.MAX_TITLE_LENGTH) String title,
        @Size(max = TemplateDetails.MAX_DESCRIPTION_LENGTH) String description, @Valid ImageInput icon,
        @Size(max = TemplateDetails.MAX_CATEGORIES) List<@NotNull CategoryId> categories,
        @Size(max = TemplateDetails.MAX_ATTACHMENTS) List<@NotNull @Valid AttachmentInput> attachments,
        @Size(max = TemplateDetails.MAX_CRITERIA_LENGTH) String criteria,
        @Size(max = TemplateDetails.MAX_TYPE_LENGTH) String type,
        @Size(max = CustomFields.MAX_FIELDS) Map<String, FieldValue> customFields, boolean featured,
        boolean repeatable, boolean acceptanceRequired) {

    /** A minimal input with only a title, for code that sets the rest with {@link #toDetails()}'s builder. */
    public static TemplateInput titled(String title) {
        return new TemplateInput(title, null, null, null, null, null, null, null, false, false, false);
    }

    /** This content with another picture and other files; either may be null. */
    public TemplateInput withFiles(ImageInput picture, List<AttachmentInput> files) {
        return new TemplateInput(title, description, picture, categories, files, criteria, type, customFields,
                featured, repeatable, acceptanceRequired);
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
                .featured(featured).repeatable(repeatable).acceptanceRequired(acceptanceRequired).build();
    }
}
