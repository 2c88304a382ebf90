package dev.accolade.adapter.in.rest.compat.userbadges;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.limit.RequestLimits;
import dev.accolade.application.signing.AuthenticateIssuerUseCase;
import dev.accolade.application.signing.IssuerCredentials;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.issuer.Issuer;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * The UserBadges API under {@code /compat/userbadges/v1}: a service is an issuer (its slug is the
 * service name), a badge is one of its templates named by title, with custom fields, and a user is
 * the handle {@code <name>} in the namespace {@code userbadges:<service>}. Reads are public and open
 * to any origin; writes are authenticated by key or signature.
 */
public final class UserBadgesRoutes {

    private static final String SERVICE = SignedRequestHeaders.MOUNT + "/v1/{service}";
    private static final String BADGES = SERVICE + "/badges.json";
    private static final String USERS = SERVICE + "/users.json";
    private static final String USER = SERVICE + "/users/{name}.json";

    private final AuthenticateIssuerUseCase authenticateIssuer;
    private final BadgeEndpoints badges;
    private final UserEndpoints users;
    private final DialectExchange exchange = new DialectExchange();

    UserBadgesRoutes(AuthenticateIssuerUseCase authenticateIssuer, BadgeEndpoints badges, UserEndpoints users) {
        this.authenticateIssuer = requireNonNull(authenticateIssuer, "authenticateIssuer");
        this.badges = requireNonNull(badges, "badges");
        this.users = requireNonNull(users, "users");
    }

    /** Adds the API's routes, their preflight answers, and the widget's files. */
    public void register(RoutesConfig routes) {
        routes.get(BADGES, exchange.read(badges::listBadges));
        routes.put(BADGES, exchange.write(this::authenticate, badges::putBadges));
        routes.delete(BADGES, exchange.write(this::authenticate, badges::deleteBadges));
        routes.get(USERS, exchange.read(users::listUsers));
        routes.put(USER, exchange.write(this::authenticate, users::awardToUser));
        routes.delete(USER, exchange.write(this::authenticate, users::removeFromUser));
        for (String path : List.of(BADGES, USERS, USER)) {
            routes.options(path, DialectExchange::preflight);
        }
        new WidgetAssets().register(routes);
    }

    /**
     * The service a write may change, or the refusal; a write without any credential is a 400. The accepted key,
     * or the service of an accepted signature, is told to the request limits, so that its bucket pays.
     */
    private Issuer authenticate(Context ctx, byte[] body) {
        IssuerCredentials credentials = SignedRequestHeaders.of(ctx, ctx.pathParam("service"), body);
        try {
            Issuer service = authenticateIssuer.authenticateIssuer(credentials);
            if (credentials.proof() instanceof IssuerCredentials.Key key) {
                RequestLimits.accepted(ctx, key.key());
            } else if (credentials.proof() instanceof IssuerCredentials.Signature) {
                RequestLimits.acceptedSigned(ctx, service.slug().value());
            }
            return service;
        } catch (DomainException refused) {
            boolean bare = credentials.proof() instanceof IssuerCredentials.None;
            if (bare && refused.category() == ErrorCategory.UNAUTHENTICATED) {
                throw SignedRequestHeaders.missing();
            }
            throw refused;
        }
    }
}
