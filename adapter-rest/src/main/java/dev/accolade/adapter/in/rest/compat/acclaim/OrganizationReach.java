package dev.accolade.adapter.in.rest.compat.acclaim;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimIds.Kind;
import dev.accolade.application.issuer.GetIssuerUseCase;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import io.javalin.http.Context;

/**
 * Which organization a request addresses, and whether the caller reaches it: an organization token
 * only its own, a user token the organizations its member owns. Anything else reads as missing.
 */
final class OrganizationReach {

    private final GetIssuerUseCase issuers;

    OrganizationReach(GetIssuerUseCase issuers) {
        this.issuers = requireNonNull(issuers, "issuers");
    }

    /** The organization in the path, when the actor reaches it; {@code Resource not found.} otherwise. */
    Issuer of(Context ctx, Actor actor) {
        IssuerId id = new IssuerId(AcclaimIds.parse(Kind.ORGANIZATION, AcclaimReplies.pathParam(ctx,
                "organization_id")).orElseThrow(NotFound::issuer));
        if (actor instanceof Actor.IssuerActor key && !key.issuer().equals(id)) {
            throw NotFound.issuer();
        }
        Issuer issuer = issuers.getIssuer(id);
        if (actor instanceof Actor.MemberActor member && !issuer.isOwnedBy(member.member())) {
            throw NotFound.issuer();
        }
        return issuer;
    }
}
