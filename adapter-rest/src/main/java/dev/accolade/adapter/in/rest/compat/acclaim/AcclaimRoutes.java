package dev.accolade.adapter.in.rest.compat.acclaim;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.Actor;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * The Acclaim compatibility dialect under {@value #BASE}: organizations, their badge templates and
 * issued badges, and the user's own profile and badges, with Acclaim's authentication, envelopes,
 * paging and error messages. A collection answers with or without a {@code .json} suffix.
 */
public final class AcclaimRoutes {

    /** Where the dialect is mounted; a client replaces Acclaim's base URL with the server's plus this. */
    public static final String BASE = "/compat/acclaim";

    private static final String V1 = BASE + "/v1";
    private static final String ORGANIZATION = V1 + "/organizations/{organization_id}";
    private static final String TEMPLATES = ORGANIZATION + "/badge_templates";
    private static final String BADGES = ORGANIZATION + "/badges";
    private static final String OWN_BADGES = V1 + "/users/self/badges";

    private final AcclaimAuthentication authentication;
    private final TemplateEndpoints templates;
    private final BadgeEndpoints badges;
    private final UserEndpoints users;

    AcclaimRoutes(AcclaimAuthentication authentication, TemplateEndpoints templates, BadgeEndpoints badges,
            UserEndpoints users) {
        this.authentication = requireNonNull(authentication, "authentication");
        this.templates = requireNonNull(templates, "templates");
        this.badges = requireNonNull(badges, "badges");
        this.users = requireNonNull(users, "users");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        collection(routes, "GET", V1 + "/organizations", users::organizations);
        collection(routes, "GET", TEMPLATES, templates::list);
        collection(routes, "POST", TEMPLATES, templates::create);
        routes.get(TEMPLATES + "/{id}", wrap(templates::get));
        routes.put(TEMPLATES + "/{id}", wrap(templates::update));
        routes.delete(TEMPLATES + "/{id}", wrap(templates::delete));
        collection(routes, "GET", BADGES, badges::list);
        collection(routes, "POST", BADGES, badges::issue);
        routes.get(BADGES + "/{id}", wrap(badges::get));
        collection(routes, "PUT", BADGES + "/{id}/revoke", badges::revoke);
        routes.get(V1 + "/users/self", wrap(users::self));
        routes.get(V1 + "/users/self.json", wrap(users::self));
        collection(routes, "GET", OWN_BADGES, users::badges);
        routes.get(OWN_BADGES + "/{id}", wrap(users::badge));
        collection(routes, "PUT", OWN_BADGES + "/{id}/accept", users::accept);
        collection(routes, "PUT", OWN_BADGES + "/{id}/reject", users::reject);
    }

    /** A route at this path, and at the same path with {@code .json}. */
    private void collection(RoutesConfig routes, String method, String path, Endpoint endpoint) {
        Handler handler = wrap(endpoint);
        for (String each : new String[] {path, path + ".json"}) {
            switch (method) {
                case "GET" -> routes.get(each, handler);
                case "POST" -> routes.post(each, handler);
                case "PUT" -> routes.put(each, handler);
                default -> throw new IllegalArgumentException("no such method: " + method);
            }
        }
    }

    /** Authenticates and runs the endpoint; {@link AcclaimDialect} answers its failures in Acclaim's words. */
    private Handler wrap(Endpoint endpoint) {
        return ctx -> endpoint.handle(ctx, authentication.actorOf(ctx));
    }

    /** One route's work, given the authenticated caller. */
    @FunctionalInterface
    private interface Endpoint {

        /** Answers the request. */
        void handle(Context ctx, Actor actor);
    }
}
