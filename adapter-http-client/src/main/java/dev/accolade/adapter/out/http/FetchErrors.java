package dev.accolade.adapter.out.http;

import dev.accolade.domain.error.DomainException;

/**
 * The refusals of outbound requests, each with a stable code that the dialects map and {@code
 * docs/decisions.md} lists. Messages name the host, never the whole URL, which may carry secrets.
 */
public final class FetchErrors {

    /** The URL's scheme is not http or https, or a redirect leaves https for http. */
    public static final String SCHEME_REFUSED = "url_scheme_refused";
    /** The URL's host or port cannot be read, or it carries a user name or password. */
    public static final String HOST_INVALID = "url_host_invalid";
    /** The host is, or resolves to, an address that may not be reached. */
    public static final String ADDRESS_REFUSED = "url_address_refused";
    /** More redirects than allowed. */
    public static final String TOO_MANY_REDIRECTS = "url_too_many_redirects";
    /** The time for the whole download or call, name lookups included, ran out. */
    public static final String TIMEOUT = "url_timeout";
    /** The content is larger than allowed. */
    public static final String TOO_LARGE = "url_too_large";
    /** The content is not of the declared format. */
    public static final String CONTENT_MISMATCH = "url_content_mismatch";
    /** The host cannot be resolved or connected to, or answers with an error or garbage. */
    public static final String UNREACHABLE = "url_unreachable";

    private FetchErrors() {
    }

    static DomainException schemeRefused(String message) {
        return DomainException.invalid(SCHEME_REFUSED, message);
    }

    static DomainException hostInvalid(String message) {
        return DomainException.invalid(HOST_INVALID, message);
    }

    static DomainException addressRefused(String host, String reason) {
        return DomainException.invalid(ADDRESS_REFUSED, "The URL's host " + host + " is " + reason
                + ", which this server does not reach.");
    }

    static DomainException tooManyRedirects(int limit) {
        return DomainException.ruleViolation(TOO_MANY_REDIRECTS, "The URL redirects more than " + limit + " times.");
    }

    static DomainException timeout(String host) {
        return DomainException.ruleViolation(TIMEOUT, "The download from " + host + " took too long.");
    }

    static DomainException connectTimeout(String host) {
        return DomainException.ruleViolation(TIMEOUT, "The host " + host + " did not accept the connection in time.");
    }

    static DomainException lookupTimeout(String host) {
        return DomainException.ruleViolation(TIMEOUT, "Looking up the host " + host + " took too long.");
    }

    static DomainException tooLarge(int maxBytes) {
        return DomainException.invalid(TOO_LARGE, "The content at the URL is larger than " + maxBytes + " bytes.");
    }

    static DomainException contentMismatch(String message) {
        return DomainException.invalid(CONTENT_MISMATCH, message);
    }

    static DomainException unreachable(String message) {
        return DomainException.ruleViolation(UNREACHABLE, message);
    }
}
