package dev.accolade.adapter.in.rest.compat.acclaim;

import dev.accolade.adapter.in.rest.dialect.ErrorReply;
import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.adapter.in.rest.error.AttributeErrors;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.error.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Acclaim dialect's one translation from a failure to a status and body, with the
 * specification's messages word for word: 401 for credentials, 404 {@code Resource not found.} for
 * anything missing or out of reach, 400 for a missing parameter, 422 {@code Validation failed: …}
 * with its errors per attribute, wrapped in {@code data}, 429 {@code {message}} for too many requests or
 * failed sign-ins, and 500 with the generic message.
 */
public final class AcclaimErrors {

    /** The 401 for a missing or unknown token. */
    public static final String SIGN_IN = "You need to sign in before continuing.";
    /** The 401 for a member who has not confirmed the registration. */
    public static final String CONFIRM = "You have to confirm your account before continuing.";
    /** The 401 for a member whose account is inactive. */
    public static final String NOT_ACTIVATED = "Your account was not activated yet.";
    /** The 404 for everything missing or out of the caller's reach. */
    public static final String NOT_FOUND = "Resource not found.";
    /** The 500 for anything unexpected. */
    public static final String OOPS = "Oops. Something went wrong, but no details are available.";

    private static final Map<String, String> ATTRIBUTES = Map.of(
            "title", "name",
            "type", "template_type",
            "recipient", "recipient_email",
            "email", "recipient_email",
            "template", "badge_template_id",
            "icon", "image_url",
            "url", "image_url",
            "first_name", "issued_to_first_name",
            "last_name", "issued_to_last_name");

    private AcclaimErrors() {
    }

    /** The reply to a failure that is not a bug: a refusal, a broken rule, a bad request. */
    public static ErrorReply replyTo(RuntimeException failure) {
        if (failure instanceof RequestRejected rejected) {
            return message(rejected.status(), rejected.getMessage());
        }
        if (failure instanceof DomainException error) {
            return replyTo(error);
        }
        return serverError();
    }

    /** The reply to an unexpected failure. */
    public static ErrorReply serverError() {
        return message(500, OOPS);
    }

    /** The 404 every missing or unreachable resource answers. */
    public static ErrorReply notFound() {
        return message(404, NOT_FOUND);
    }

    private static ErrorReply replyTo(DomainException error) {
        if (error.category() == ErrorCategory.UNAUTHENTICATED) {
            return message(401, signInMessage(error.code()));
        }
        if (error.category() == ErrorCategory.NOT_FOUND || error.category() == ErrorCategory.FORBIDDEN) {
            return notFound();
        }
        if (error.category() == ErrorCategory.TOO_MANY_REQUESTS) {
            return message(429, error.getMessage());
        }
        return validationFailed(error);
    }

    private static String signInMessage(String code) {
        if ("member_not_confirmed".equals(code)) {
            return CONFIRM;
        }
        return "member_inactive".equals(code) ? NOT_ACTIVATED : SIGN_IN;
    }

    private static ErrorReply validationFailed(DomainException error) {
        List<FieldError> fields = error.fieldErrors().isEmpty()
                ? List.of(new FieldError("base", error.code(), error.getMessage()))
                : error.fieldErrors().stream().map(AcclaimErrors::renamed).toList();
        Map<String, List<String>> byAttribute = new LinkedHashMap<>();
        for (FieldError field : fields) {
            byAttribute.computeIfAbsent(field.attribute(), attribute -> new ArrayList<>()).add(field.message());
        }
        List<AttributeErrors> errors = byAttribute.entrySet().stream()
                .map(entry -> new AttributeErrors(entry.getKey(), entry.getValue())).toList();
        String sentences = fields.stream()
                .map(field -> "base".equals(field.attribute()) ? field.message() : field.sentence())
                .collect(Collectors.joining(", "));
        return new ErrorReply(422, Map.of("data", new ValidationFailure("Validation failed: " + sentences, errors)));
    }

    private static FieldError renamed(FieldError field) {
        String attribute = ATTRIBUTES.getOrDefault(field.attribute(), field.attribute());
        return new FieldError(attribute, field.code(), field.message());
    }

    private static ErrorReply message(int status, String message) {
        return new ErrorReply(status, new Message(message));
    }

    /**
     * The body of every error but a validation failure.
     *
     * @param message the specification's message
     */
    public record Message(String message) {
    }

    /**
     * A validation failure, as the specification shows it inside {@code data}.
     *
     * @param message {@code Validation failed: } and every failure, comma-separated
     * @param errors the failures per attribute
     */
    public record ValidationFailure(String message, List<AttributeErrors> errors) {

        /** Copies the list. */
        public ValidationFailure {
            errors = List.copyOf(errors);
        }
    }
}
