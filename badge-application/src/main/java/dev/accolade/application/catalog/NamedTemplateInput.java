package dev.accolade.application.catalog;

import dev.accolade.domain.template.CustomFields;
import dev.accolade.domain.template.FieldValue;
import dev.accolade.domain.template.TemplateDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A template named by its title with its custom fields, as services without moderation define badges.
 *
 * @param name the title
 * @param description the description, possibly absent
 * @param customFields open-ended fields, possibly absent
 */
public record NamedTemplateInput(@NotBlank @Size(max = TemplateDetails.MAX_TITLE_LENGTH) String name,
        @Size(max = TemplateDetails.MAX_DESCRIPTION_LENGTH) String description,
        @Size(max = CustomFields.MAX_FIELDS) Map<String, FieldValue> customFields) {
}
