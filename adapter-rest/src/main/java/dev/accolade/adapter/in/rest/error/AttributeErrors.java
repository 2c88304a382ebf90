package dev.accolade.adapter.in.rest.error;

import java.util.List;

/**
 * The failed rules of one attribute.
 *
 * @param attribute the snake_case attribute name
 * @param messages each rule in words, without the attribute name
 */
public record AttributeErrors(String attribute, List<String> messages) {

    /** Copies the list. */
    public AttributeErrors {
        messages = List.copyOf(messages);
    }
}
