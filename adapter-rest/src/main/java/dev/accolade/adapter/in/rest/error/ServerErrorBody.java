package dev.accolade.adapter.in.rest.error;

/**
 * The body of a 500: a generic message and the id under which the failure was logged.
 *
 * @param message a generic message that reveals nothing of the failure
 * @param code always {@code internal_error}
 * @param errorId the id to quote to the operator, found in the server log
 */
public record ServerErrorBody(String message, String code, String errorId) {
}
