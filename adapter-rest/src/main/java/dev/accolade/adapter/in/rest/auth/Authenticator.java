package dev.accolade.adapter.in.rest.auth;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.issuer.AuthenticateApiKeyUseCase;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.session.AuthenticateMemberUseCase;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Tells who calls: the operator by the admin token (compared in constant time), an issuer by an
 * API key, a member by a session token, or nobody. Every bad credential gets the same 401.
 */
public final class Authenticator {

    private static final String ACTOR = "accolade.actor";

    private final byte[] adminTokenHash;
    private final AuthenticateApiKeyUseCase apiKeys;
    private final AuthenticateMemberUseCase members;

    /** An authenticator for this admin token and these use cases. */
    public Authenticator(String adminToken, AuthenticateApiKeyUseCase apiKeys, AuthenticateMemberUseCase members) {
        this.adminTokenHash = sha256(requireNonNull(adminToken, "adminToken"));
        this.apiKeys = requireNonNull(apiKeys, "apiKeys");
        this.members = requireNonNull(members, "members");
    }

    /** The caller of this request, resolved once and kept on the request. */
    public Actor actorOf(Context ctx) {
        Actor known = ctx.attribute(ACTOR);
        if (known != null) {
            return known;
        }
        Actor actor = Credentials.tokenOf(ctx.header("Authorization")).map(this::actorFor).orElse(Actor.anonymous());
        ctx.attribute(ACTOR, actor);
        return actor;
    }

    /** The actor a token stands for, or {@code invalid_credentials}. */
    Actor actorFor(String token) {
        if (MessageDigest.isEqual(adminTokenHash, sha256(token))) {
            return Actor.operator();
        }
        return asIssuer(token).or(() -> asMember(token)).orElseThrow(Credentials::invalid);
    }

    private Optional<Actor> asIssuer(String token) {
        try {
            return Optional.of(Actor.issuer(apiKeys.authenticateApiKey(token).id()));
        } catch (DomainException e) {
            return refused(e);
        }
    }

    private Optional<Actor> asMember(String token) {
        try {
            return Optional.of(Actor.member(members.authenticateMember(token).id()));
        } catch (DomainException e) {
            return refused(e);
        }
    }

    private static Optional<Actor> refused(DomainException e) {
        if (e.category() == ErrorCategory.INVALID || Credentials.INVALID_CREDENTIALS.equals(e.code())) {
            return Optional.empty();
        }
        throw e;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
