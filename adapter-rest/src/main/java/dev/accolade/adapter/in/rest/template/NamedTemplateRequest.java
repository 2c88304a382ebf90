package dev.accolade.adapter.in.rest.template;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.accolade.application.catalog.NamedTemplateInput;
import dev.accolade.domain.template.FieldValue;
import java.util.Map;

/**
 * One template of an upsert by name.
 *
 * @param name the title that identifies it within the issuer
 * @param description the description, replacing the old one
 * @param customFields open-ended fields, any JSON object, kept exactly as given
 */
public record NamedTemplateRequest(String name, String description,
        @JsonDeserialize(using = CustomFieldsReader.class) Map<String, FieldValue> customFields) {

    /** The use cases' input. */
    public NamedTemplateInput toInput() {
        return new NamedTemplateInput(name, description, customFields);
    }
}
