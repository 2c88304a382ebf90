package dev.accolade.domain.template;

import dev.accolade.domain.common.Ids;

/**
 * The id of a template.
 *
 * @param value a positive whole number below 2^53
 */
public record TemplateId(long value) {

    /** Checks the value is a valid id. */
    public TemplateId {
        Ids.check(value, "template_id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
