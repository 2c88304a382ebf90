package dev.accolade.adapter.in.rest.member;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.member.MemberId;

/** The member behind a request on a {@code /me} route: 401 for nobody, 403 for the operator or a key. */
public final class SignedInMember {

    private SignedInMember() {
    }

    /** The member the actor is, or a refusal. */
    public static MemberId of(Actor actor) {
        if (actor instanceof Actor.MemberActor member) {
            return member.member();
        }
        if (actor instanceof Actor.Anonymous) {
            throw DomainException.unauthenticated("authentication_required", "You need to sign in before continuing.");
        }
        throw DomainException.forbidden("member_required", "Only a signed-in member may do this.");
    }
}
