package dev.accolade.adapter.in.rest.error;

/**
 * The body of every error response but validation failures and server errors.
 *
 * @param message what went wrong, in words
 * @param code the stable snake_case code
 */
public record ErrorBody(String message, String code) {
}
