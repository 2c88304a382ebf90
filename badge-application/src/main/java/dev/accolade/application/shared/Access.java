package dev.accolade.application.shared;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.out.issuer.IssuerRepository;
import dev.accolade.domain.award.Granted;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.MemberId;
import java.util.Optional;

/**
 * Who may do what: the operator anything, an issuer's key its own issuer, a member itself and the
 * issuers it owns. Nobody signed in gets {@code authentication_required} where a right is needed.
 */
public final class Access {

    private final IssuerRepository issuers;

    public Access(IssuerRepository issuers) {
        this.issuers = requireNonNull(issuers, "issuers");
    }

    /** Refuses anyone but the operator. */
    public void requireOperator(Actor actor) {
        if (!(actor instanceof Actor.Operator)) {
            throw refused(actor, "operator_required", "Only the operator may do this.");
        }
    }

    /** The signed-in member, or a refusal. */
    public MemberId requireMember(Actor actor) {
        if (actor instanceof Actor.MemberActor member) {
            return member.member();
        }
        throw refused(actor, "member_required", "Only a signed-in member may do this.");
    }

    /** Refuses nobody-signed-in. */
    public void requireSignedIn(Actor actor) {
        if (actor instanceof Actor.Anonymous) {
            throw unauthenticated();
        }
    }

    /** The issuer, when the actor may act as it; {@code issuer_not_found} or {@code issuer_forbidden} otherwise. */
    public Issuer issuerFor(Actor actor, IssuerId id) {
        requireSignedIn(actor);
        Issuer issuer = issuers.findById(id).orElseThrow(NotFound::issuer);
        if (!mayActFor(actor, issuer)) {
            throw DomainException.forbidden("issuer_forbidden", "You may not act for this issuer.");
        }
        return issuer;
    }

    /** Whether the actor may act as the issuer with this id. */
    public boolean mayActFor(Actor actor, IssuerId id) {
        if (actor instanceof Actor.IssuerActor key) {
            return key.issuer().equals(id);
        }
        return actor instanceof Actor.Operator || issuers.findById(id).filter(i -> mayActFor(actor, i)).isPresent();
    }

    /** Whether the actor may act as this issuer. */
    public boolean mayActFor(Actor actor, Issuer issuer) {
        if (actor instanceof Actor.Operator) {
            return true;
        }
        if (actor instanceof Actor.IssuerActor key) {
            return key.issuer().equals(issuer.id());
        }
        return actor instanceof Actor.MemberActor member && issuer.isOwnedBy(member.member());
    }

    /** Whether the award or offer reached the member the actor is. */
    public static boolean holds(Actor actor, Granted granted) {
        return memberOf(actor).filter(me -> granted.holder().filter(me::equals).isPresent()).isPresent();
    }

    /** The member behind the actor, if it is one. */
    public static Optional<MemberId> memberOf(Actor actor) {
        return actor instanceof Actor.MemberActor member ? Optional.of(member.member()) : Optional.empty();
    }

    private static DomainException refused(Actor actor, String code, String message) {
        return actor instanceof Actor.Anonymous ? unauthenticated() : DomainException.forbidden(code, message);
    }

    private static DomainException unauthenticated() {
        return DomainException.unauthenticated("authentication_required", "You need to sign in before continuing.");
    }
}
