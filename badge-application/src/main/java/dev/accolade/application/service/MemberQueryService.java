package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.in.member.FindMemberQuery;
import dev.accolade.application.port.in.member.FindMemberUseCase;
import dev.accolade.application.port.in.member.GetMemberQuery;
import dev.accolade.application.port.in.member.GetMemberUseCase;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.member.Member;
import java.util.Optional;

/** Finds members by identity and reads a member's own account. */
public final class MemberQueryService implements FindMemberUseCase, GetMemberUseCase {

    private final StorePorts store;
    private final CommandValidator validator;
    private final Access access;
    private final Recipients recipients;

    MemberQueryService(StorePorts store, CommandValidator validator, Access access, Recipients recipients) {
        this.store = requireNonNull(store, "store");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
        this.recipients = requireNonNull(recipients, "recipients");
    }

    @Override
    public Optional<Member> findMember(FindMemberQuery query) {
        validator.validate(query);
        access.requireSignedIn(query.actor());
        return store.transactions().readOnly(() -> recipients.confirmedMemberOf(query.identity()));
    }

    @Override
    public Member getMember(GetMemberQuery query) {
        validator.validate(query);
        Actor actor = query.actor();
        access.requireSignedIn(actor);
        return store.transactions().readOnly(() -> store.members().findById(query.member()))
                .filter(member -> actor instanceof Actor.Operator || Access.memberOf(actor)
                        .filter(me -> me.equals(member.id()) || member.parent().filter(me::equals).isPresent())
                        .isPresent())
                .orElseThrow(NotFound::member);
    }
}
