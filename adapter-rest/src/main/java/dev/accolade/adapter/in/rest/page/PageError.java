package dev.accolade.adapter.in.rest.page;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What an error page says: the status, a heading, the sentence explaining it, and the fields at fault.
 *
 * @param status the HTTP status
 * @param heading a short heading such as "Page not found"
 * @param message what went wrong and what to do
 * @param code the stable error code, as the API would give it
 * @param problems one sentence per field at fault, if the request was invalid
 */
public record PageError(int status, String heading, String message, String code, List<String> problems) {

    /** Checks every part. */
    public PageError {
        requireNonNull(heading, "heading");
        requireNonNull(message, "message");
        requireNonNull(code, "code");
        problems = List.copyOf(problems);
    }

    /** The heading a status goes under. */
    public static String headingOf(int status) {
        return switch (status) {
            case 400, 422 -> "That request could not be understood";
            case 401 -> "Please sign in";
            case 403 -> "Not allowed";
            case 404 -> "Page not found";
            case 409 -> "That clashes with what is there";
            case 429 -> "Too many attempts";
            case 503 -> "Busy, try again";
            default -> status >= 500 ? "Something went wrong" : "That did not work";
        };
    }
}
