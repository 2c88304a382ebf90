package dev.accolade.adapter.in.rest.auth;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.limit.RequestLimits;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.InvalidCredentials;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * Tells who calls: the operator by the admin token (compared in constant time), an issuer by an
 * API key, a member by a session token, or nobody. Every bad credential gets the same 401.
 */
public final class Authenticator {

    private static final String ACTOR = "accolade.actor";

    private final ConfiguredTokens adminToken;
    private final Tokens tokens;

    /** An authenticator for this admin token and these tokens. */
    public Authenticator(String adminToken, Tokens tokens) {
        this.adminToken = ConfiguredTokens.of(List.of(requireNonNull(adminToken, "adminToken")));
        this.tokens = requireNonNull(tokens, "tokens");
    }

    /**
     * The caller of this request, resolved once and kept on the request; an accepted token is told to the
     * request limits, so that its own bucket pays for the request.
     */
    public Actor actorOf(Context ctx) {
        Actor known = ctx.attribute(ACTOR);
        if (known != null) {
            return known;
        }
        Optional<String> token = AuthorizationHeader.tokenOf(ctx.header("Authorization"));
        Actor actor = token.map(this::actorFor).orElse(Actor.anonymous());
        ctx.attribute(ACTOR, actor);
        token.ifPresent(accepted -> RequestLimits.accepted(ctx, accepted));
        return actor;
    }

    /** The actor a token stands for, or {@code invalid_credentials}. */
    Actor actorFor(String token) {
        if (adminToken.accepts(token)) {
            return Actor.operator();
        }
        return tokens.issuerOf(token).map(issuer -> Actor.issuer(issuer.id()))
                .or(() -> tokens.memberOf(token).map(member -> Actor.member(member.id())))
                .orElseThrow(InvalidCredentials::refusal);
    }
}
