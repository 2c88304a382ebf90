package dev.accolade.adapter.in.rest.compat.userbadges;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.identity.ExternalIdentity;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;

/** How the dialect names things: a service's users are handles in the namespace {@code userbadges:<service>}. */
final class UserNames {

    private static final String NAMESPACE = "userbadges:";

    private UserNames() {
    }

    /** The identity of a user of this service. */
    static Identity userOf(Issuer service, String name) {
        return Identity.handle(NAMESPACE + service.slug().value(), name);
    }

    /** The user name an identity has in this service, or null when it is not one of the service's users. */
    static String nameOf(Issuer service, Identity identity) {
        if (identity instanceof ExternalIdentity handle
                && handle.namespace().value().equals(NAMESPACE + service.slug().value())) {
            return handle.handle();
        }
        return null;
    }

    /** The actor a service's authenticated writes run as: the service's issuer. */
    static Actor actorOf(Issuer service) {
        return Actor.issuer(service.id());
    }
}
