package dev.accolade.adapter.in.rest.error;

import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.error.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The native API's one translation from a broken rule to an HTTP status and body. A refusal on a
 * resource addressed by id in the path is answered exactly as if the resource did not exist, so
 * that ids reveal nothing about what other issuers hold.
 */
public final class ErrorMapping {

    /** The code of the body every 500 carries. */
    public static final String INTERNAL_ERROR = "internal_error";
    /** The code of the 404 for a path no route serves. */
    public static final String ROUTE_NOT_FOUND = "route_not_found";

    private static final Map<String, ErrorBody> CONCEALED = Map.of(
            "issuer_forbidden", new ErrorBody("The issuer does not exist.", "issuer_not_found"));
    private static final ErrorBody CONCEALED_OTHERWISE = new ErrorBody("The resource does not exist.", "not_found");

    private ErrorMapping() {
    }

    /**
     * The status for a category.
     *
     * @param category the category of the broken rule
     * @param addressedById whether the request named the resource by an id in its path
     */
    public static int statusOf(ErrorCategory category, boolean addressedById) {
        return switch (category) {
            case INVALID, RULE_VIOLATION -> 422;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> addressedById ? 404 : 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
    }

    /** The reply to a broken rule. */
    public static ErrorReply replyTo(DomainException error, boolean addressedById) {
        int status = statusOf(error.category(), addressedById);
        if (error.category() == ErrorCategory.FORBIDDEN && addressedById) {
            return new ErrorReply(status, CONCEALED.getOrDefault(error.code(), CONCEALED_OTHERWISE));
        }
        if (error.category() == ErrorCategory.INVALID) {
            return new ErrorReply(status, validationBody(error));
        }
        return new ErrorReply(status, new ErrorBody(error.getMessage(), error.code()));
    }

    /** The reply to a request for a method and path that no route serves. */
    public static ErrorReply routeNotFound(String method, String path) {
        return new ErrorReply(404, new ErrorBody("No route serves " + method + " " + path + ".", ROUTE_NOT_FOUND));
    }

    /** The reply to a request the adapter refused before any use case ran. */
    public static ErrorReply replyTo(RequestRejected rejection) {
        return new ErrorReply(rejection.status(), new ErrorBody(rejection.getMessage(), rejection.code()));
    }

    /** The reply to an unexpected failure, logged under this id. */
    public static ErrorReply serverError(String errorId) {
        return new ErrorReply(500, new ServerErrorBody(
                "Something went wrong on our side. Quote error id " + errorId + " to the operator.",
                INTERNAL_ERROR, errorId));
    }

    private static ValidationErrorBody validationBody(DomainException error) {
        Map<String, List<String>> byAttribute = new LinkedHashMap<>();
        for (FieldError field : error.fieldErrors()) {
            byAttribute.computeIfAbsent(field.attribute(), attribute -> new ArrayList<>())
                    .add(field.message());
        }
        List<AttributeErrors> errors = byAttribute.entrySet().stream()
                .map(entry -> new AttributeErrors(entry.getKey(), entry.getValue())).toList();
        String message = error.getMessage().startsWith("Validation failed")
                ? error.getMessage()
                : "Validation failed: " + error.getMessage();
        return new ValidationErrorBody(message, error.code(), errors);
    }
}
