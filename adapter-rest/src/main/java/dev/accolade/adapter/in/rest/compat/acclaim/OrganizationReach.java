package dev.accolade.adapter.in.rest.compat.acclaim;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimIds.Kind;
import dev.accolade.application.issuer.GetManagedIssuerUseCase;
import dev.accolade.application.issuer.ManagedIssuerQuery;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import io.javalin.http.Context;

/**
 * The organization a request addresses in its path, read as one who acts for it: an organization
 * token only its own, a user token the organizations its member owns. Anything else reads as missing.
 */
final class OrganizationReach {

    private final GetManagedIssuerUseCase issuers;

    OrganizationReach(GetManagedIssuerUseCase issuers) {
        this.issuers = requireNonNull(issuers, "issuers");
    }

    /** The organization in the path, when the actor acts for it; {@code Resource not found.} otherwise. */
    Issuer of(Context ctx, Actor actor) {
        IssuerId id = new IssuerId(AcclaimIds.parse(Kind.ORGANIZATION, AcclaimReplies.pathParam(ctx,
                "organization_id")).orElseThrow(NotFound::issuer));
        return issuers.getManagedIssuer(new ManagedIssuerQuery(actor, id));
    }
}
