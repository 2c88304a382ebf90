package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.issuer.OpenPersonalIssuerUseCase;
import dev.accolade.application.port.in.issuer.PersonalIssuerCommand;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.IssuerSlug;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.member.MemberId;
import java.util.List;
import java.util.Optional;

/**
 * Opens members' personal issuers, as dialects whose accounts award on their own behalf (Achieve
 * Mint) need: the oldest issuer a member owns, made on first use when it owns none.
 */
public final class PersonalIssuerService implements OpenPersonalIssuerUseCase {

    /** The slug a personal issuer is made with: {@code member-} and the member's id. */
    static final String SLUG_PREFIX = "member-";

    private final StorePorts store;
    private final ClockPort clock;
    private final CommandValidator validator;
    private final Access access;

    PersonalIssuerService(StorePorts store, ClockPort clock, CommandValidator validator, Access access) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
    }

    @Override
    public Issuer openPersonalIssuer(PersonalIssuerCommand command) {
        validator.validate(command);
        Actor actor = command.actor();
        access.requireSignedIn(actor);
        if (!(actor instanceof Actor.Operator) && !Access.memberOf(actor).equals(Optional.of(command.member()))) {
            throw memberNotFound();
        }
        try {
            return open(command.member());
        } catch (DomainException lost) {
            if (!"issuer_slug_taken".equals(lost.code())) {
                throw lost;
            }
            return open(command.member());
        }
    }

    /** The oldest owned issuer, or a new one; a concurrent first use loses on the slug and reads the winner's. */
    private Issuer open(MemberId id) {
        return store.transactions().inTransaction(() -> {
            Member member = store.members().findById(id).orElseThrow(PersonalIssuerService::memberNotFound);
            List<Issuer> owned = store.issuers().findByOwner(id);
            if (!owned.isEmpty()) {
                return owned.get(0);
            }
            Issuer issuer = Issuer.create(new IssuerId(store.ids().nextId()),
                    new IssuerSlug(SLUG_PREFIX + id.value()), member.name(), Optional.of(id), clock.now());
            store.issuers().insert(issuer);
            return issuer;
        });
    }

    private static DomainException memberNotFound() {
        return DomainException.notFound("member_not_found", "The member does not exist.");
    }
}
