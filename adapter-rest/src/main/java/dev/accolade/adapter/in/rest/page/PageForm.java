package dev.accolade.adapter.in.rest.page;

import java.util.Map;
import java.util.Optional;

/**
 * A posted form whose CSRF token has been checked: its text fields, the first value of each name.
 *
 * @param fields the fields by name
 */
public record PageForm(Map<String, String> fields) {

    /** Copies the fields. */
    public PageForm {
        fields = Map.copyOf(fields);
    }

    /** A field's value, empty when it is missing. */
    public String text(String name) {
        return fields.getOrDefault(name, "");
    }

    /** A field's value stripped, empty when it is missing or blank. */
    public Optional<String> optional(String name) {
        return Optional.ofNullable(fields.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
