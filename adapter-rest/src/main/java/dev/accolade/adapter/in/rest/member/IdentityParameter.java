package dev.accolade.adapter.in.rest.member;

import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.domain.identity.Identity;
import io.javalin.http.Context;

/**
 * Reads the identity a member lookup names: {@code identity} in canonical form
 * ({@code member:42}, {@code email:a@b.org}, {@code handle:<namespace>/<handle>}), or {@code email}
 * as a shorthand. Exactly one of the two.
 */
public final class IdentityParameter {

    /** The query parameter for an identity in canonical form. */
    public static final String IDENTITY = "identity";
    /** The query parameter for an email address. */
    public static final String EMAIL = "email";

    private IdentityParameter() {
    }

    /** The identity; a 400 when neither or both parameters are given, a 422 when it is not valid. */
    public static Identity of(Context ctx) {
        String identity = ctx.queryParam(IDENTITY);
        String email = ctx.queryParam(EMAIL);
        boolean hasIdentity = identity != null && !identity.isBlank();
        boolean hasEmail = email != null && !email.isBlank();
        if (hasIdentity && hasEmail) {
            throw RequestRejected.badRequest("parameters_conflict", "Give either identity or email, not both.");
        }
        if (hasEmail) {
            return Identity.email(email);
        }
        if (hasIdentity) {
            return Identity.parse(identity);
        }
        throw RequestRejected.missingParameter(IDENTITY);
    }
}
