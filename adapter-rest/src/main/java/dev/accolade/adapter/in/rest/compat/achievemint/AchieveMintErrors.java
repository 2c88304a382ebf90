package dev.accolade.adapter.in.rest.compat.achievemint;

import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import java.util.Map;

/**
 * The dialect's one translation from a failure to the specification's Error object, {@code
 * {"error":{"code":N,"description":"…"}}}: one number per kind of failure, listed in {@code
 * docs/compat/achievemint.md}. A specific code wins over its category's number.
 */
final class AchieveMintErrors {

    /** An unexpected failure on the server's side, logged with an id. */
    static final int INTERNAL = 1;
    /** No such method. */
    static final int UNKNOWN_METHOD = 2;
    /** No such API version. */
    static final int UNKNOWN_VERSION = 3;
    /** The method needs POST. */
    static final int POST_REQUIRED = 4;
    /** Too many requests from the caller; answered with HTTP 429 and {@code Retry-After}. */
    static final int TOO_MANY_REQUESTS = 5;
    /** A required parameter is missing. */
    static final int PARAMETER_MISSING = 10;
    /** A parameter or the body cannot be read as the specification types it. */
    static final int PARAMETER_MALFORMED = 11;
    /** A value breaks a rule: too long, out of range, not an email, not a png … */
    static final int VALIDATION_FAILED = 12;
    /** The body is larger than the server reads. */
    static final int BODY_TOO_LARGE = 13;
    /** The method needs a token and none was given. */
    static final int TOKEN_REQUIRED = 20;
    /** The token, or the email and password, are not valid. */
    static final int INVALID_CREDENTIALS = 21;
    /** The account's registration is not confirmed yet. */
    static final int NOT_CONFIRMED = 22;
    /** The account is inactive. */
    static final int INACTIVE = 23;
    /** Too many failed sign-ins; answered with HTTP 429 and {@code Retry-After}. */
    static final int SIGN_IN_THROTTLED = 24;
    /** The account may not do this. */
    static final int FORBIDDEN = 30;
    /** The object does not exist, or is not the account's to see. */
    static final int NOT_FOUND = 40;
    /** The email address is registered already. */
    static final int EMAIL_TAKEN = 50;
    /** The account has a template with this title already. */
    static final int TITLE_TAKEN = 51;
    /** Another conflict with what exists. */
    static final int CONFLICT = 52;
    /** The template is not published, so it cannot be awarded. */
    static final int TEMPLATE_NOT_PUBLISHED = 60;
    /** The offer or request was answered already. */
    static final int ALREADY_ANSWERED = 61;
    /** The recipient holds this achievement already. */
    static final int ALREADY_AWARDED = 62;
    /** Another rule of the service refuses the call. */
    static final int RULE_VIOLATION = 63;
    /** An image or file named by URL cannot be downloaded: refused address, too large, not its format … */
    static final int URL_FETCH_FAILED = 70;

    private static final Map<String, Integer> BY_CODE = Map.ofEntries(
            Map.entry("unknown_method", UNKNOWN_METHOD),
            Map.entry("unknown_version", UNKNOWN_VERSION),
            Map.entry("post_required", POST_REQUIRED),
            Map.entry("parameter_missing", PARAMETER_MISSING),
            Map.entry("parameter_malformed", PARAMETER_MALFORMED),
            Map.entry("body_malformed", PARAMETER_MALFORMED),
            Map.entry("body_unreadable", PARAMETER_MALFORMED),
            Map.entry("body_too_large", BODY_TOO_LARGE),
            Map.entry("store_busy", INTERNAL),
            Map.entry("unavailable", INTERNAL),
            Map.entry("internal_error", INTERNAL),
            Map.entry("token_required", TOKEN_REQUIRED),
            Map.entry("authentication_required", TOKEN_REQUIRED),
            Map.entry("invalid_credentials", INVALID_CREDENTIALS),
            Map.entry("member_not_confirmed", NOT_CONFIRMED),
            Map.entry("member_inactive", INACTIVE),
            Map.entry("rate_limited", TOO_MANY_REQUESTS),
            Map.entry("sign_in_throttled", SIGN_IN_THROTTLED),
            Map.entry("email_taken", EMAIL_TAKEN),
            Map.entry("template_title_taken", TITLE_TAKEN),
            Map.entry("template_not_published", TEMPLATE_NOT_PUBLISHED),
            Map.entry("offer_already_answered", ALREADY_ANSWERED),
            Map.entry("request_already_answered", ALREADY_ANSWERED),
            Map.entry("already_awarded", ALREADY_AWARDED),
            Map.entry("award_already_exists", ALREADY_AWARDED),
            Map.entry("url_fetch_unavailable", URL_FETCH_FAILED),
            Map.entry("url_scheme_refused", URL_FETCH_FAILED),
            Map.entry("url_host_invalid", URL_FETCH_FAILED),
            Map.entry("url_address_refused", URL_FETCH_FAILED),
            Map.entry("url_too_many_redirects", URL_FETCH_FAILED),
            Map.entry("url_timeout", URL_FETCH_FAILED),
            Map.entry("url_too_large", URL_FETCH_FAILED),
            Map.entry("url_content_mismatch", URL_FETCH_FAILED),
            Map.entry("url_unreachable", URL_FETCH_FAILED));

    private AchieveMintErrors() {
    }

    /** The number of a broken rule. */
    static int codeOf(DomainException error) {
        Integer specific = BY_CODE.get(error.code());
        if (specific != null) {
            return specific;
        }
        return byCategory(error.category());
    }

    /** The Error object of a broken rule. */
    static ErrorObject replyTo(DomainException error) {
        return new ErrorObject(new AchieveMintError(codeOf(error), error.getMessage()));
    }

    /** The Error object of a failure known by its code, such as a request refused before any method ran. */
    static ErrorObject replyTo(String code, String message) {
        return new ErrorObject(new AchieveMintError(BY_CODE.getOrDefault(code, VALIDATION_FAILED), message));
    }

    /** The Error object of an unexpected failure logged under this id. */
    static ErrorObject internal(String errorId) {
        return new ErrorObject(new AchieveMintError(INTERNAL,
                "Something went wrong on our side. Quote error id " + errorId + " to the operator."));
    }

    private static int byCategory(ErrorCategory category) {
        return switch (category) {
            case INVALID -> VALIDATION_FAILED;
            case UNAUTHENTICATED -> INVALID_CREDENTIALS;
            case FORBIDDEN -> FORBIDDEN;
            case NOT_FOUND -> NOT_FOUND;
            case CONFLICT -> CONFLICT;
            case RULE_VIOLATION -> RULE_VIOLATION;
            case TOO_MANY_REQUESTS -> TOO_MANY_REQUESTS;
        };
    }

    /**
     * The specification's Error type.
     *
     * @param code the number of the failure kind
     * @param description what went wrong, in words
     */
    record AchieveMintError(int code, String description) {
    }

    /**
     * The body of every failed call: a single field {@code error}.
     *
     * @param error the error
     */
    record ErrorObject(AchieveMintError error) {
    }
}
