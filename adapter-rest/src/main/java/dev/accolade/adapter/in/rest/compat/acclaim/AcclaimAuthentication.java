package dev.accolade.adapter.in.rest.compat.acclaim;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.Tokens;
import dev.accolade.adapter.in.rest.limit.RequestLimits;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.InvalidCredentials;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Acclaim's authentication: HTTP Basic with the authorization token as user name and a blank
 * password, on every request. An organization token is an issuer's API key; a user token is a
 * member's session token. The specification's own worked example encodes {@code :token} instead of
 * {@code token:}, so a blank user name with the token as password is taken too.
 */
public final class AcclaimAuthentication {

    private static final String BASIC = "basic ";

    private final Tokens tokens;

    /** Authentication over these tokens. */
    public AcclaimAuthentication(Tokens tokens) {
        this.tokens = requireNonNull(tokens, "tokens");
    }

    /**
     * The issuer or member the request's token stands for; a 401 for anything else. The accepted token is told
     * to the request limits, so that its own bucket pays for the request.
     */
    public Actor actorOf(Context ctx) {
        String token = tokenOf(ctx.header("Authorization")).orElseThrow(InvalidCredentials::refusal);
        Actor actor = tokens.issuerOf(token).map(issuer -> Actor.issuer(issuer.id()))
                .or(() -> tokens.memberOf(token).map(member -> Actor.member(member.id())))
                .orElseThrow(InvalidCredentials::refusal);
        RequestLimits.accepted(ctx, token);
        return actor;
    }

    /** The token of a Basic header with exactly one side of the colon filled. */
    static Optional<String> tokenOf(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String header = authorization.strip();
        if (header.length() <= BASIC.length()
                || !header.substring(0, BASIC.length()).toLowerCase(Locale.ROOT).equals(BASIC)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0 || decoded.indexOf(':', colon + 1) >= 0) {
            return Optional.empty();
        }
        String user = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        if (user.isBlank() == password.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(user.isBlank() ? password : user);
    }
}
