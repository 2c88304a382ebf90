package dev.accolade.adapter.in.rest.error;

import dev.accolade.adapter.in.rest.dialect.ErrorReply;
import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.error.FieldError;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.request.AwardRequestId;
import dev.accolade.domain.template.TemplateId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The native API's one translation from a failure to an HTTP status and body. A refusal on a
 * resource addressed by id in the path is answered exactly as if the resource did not exist, with
 * that resource's own not-found error, so that ids reveal nothing about what others hold.
 */
public final class ErrorMapping {

    /** The code of the body every 500 carries. */
    public static final String INTERNAL_ERROR = "internal_error";
    /** The code of the 404 for a path no route serves. */
    public static final String ROUTE_NOT_FOUND = "route_not_found";

    private static final Map<String, LongFunction<DomainException>> MISSING = Map.of(
            "issuers", id -> NotFound.issuer(),
            "members", id -> NotFound.member(),
            "categories", id -> NotFound.category(new CategoryId(id)),
            "templates", id -> NotFound.template(new TemplateId(id)),
            "awards", id -> NotFound.award(new AwardId(id)),
            "offers", id -> NotFound.offer(new OfferId(id)),
            "requests", id -> NotFound.request(new AwardRequestId(id)));

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
            case TOO_MANY_REQUESTS -> 429;
        };
    }

    /**
     * The reply to a broken rule.
     *
     * @param error the broken rule
     * @param addressed the resource the request names by an id in its path, if it names one
     */
    public static ErrorReply replyTo(DomainException error, Optional<AddressedResource> addressed) {
        if (error.category() == ErrorCategory.FORBIDDEN && addressed.isPresent()) {
            return replyTo(missing(addressed.get()), Optional.empty());
        }
        int status = statusOf(error.category(), addressed.isPresent());
        if (error.category() == ErrorCategory.INVALID) {
            return new ErrorReply(status, validationBody(error));
        }
        return new ErrorReply(status, new ErrorBody(error.getMessage(), error.code()));
    }

    /** The error of the addressed resource when it does not exist, which a refusal on it reads as. */
    static DomainException missing(AddressedResource resource) {
        LongFunction<DomainException> missing = MISSING.get(resource.collection());
        if (missing == null || resource.id().isEmpty()) {
            return DomainException.notFound("not_found", "The resource does not exist.");
        }
        return missing.apply(resource.id().getAsLong());
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
