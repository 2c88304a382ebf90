package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.in.member.ClaimIdentityCommand;
import dev.accolade.application.port.in.member.ClaimIdentityUseCase;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.identity.IdentityClaim;
import dev.accolade.domain.member.Member;
import java.util.List;

/** Links external handles to members, as the operator decides, and delivers what waited for them. */
public final class IdentityClaimService implements ClaimIdentityUseCase {

    private final StorePorts store;
    private final ClockPort clock;
    private final CommandValidator validator;
    private final Access access;
    private final Claiming claiming;

    IdentityClaimService(StorePorts store, ClockPort clock, CommandValidator validator, Access access,
            Claiming claiming) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
        this.claiming = requireNonNull(claiming, "claiming");
    }

    @Override
    public IdentityClaim claimIdentity(ClaimIdentityCommand command) {
        validator.validate(command);
        access.requireOperator(command.actor());
        return store.transactions().inTransaction(() -> {
            Member member = store.members().findById(command.member()).orElseThrow(NotFound::member);
            if (!member.isConfirmed()) {
                throw DomainException.ruleViolation("member_not_confirmed",
                        "Only a confirmed member can claim an identity.");
            }
            if (store.identityClaims().findByIdentity(command.identity()).isPresent()) {
                throw DomainException.conflict("identity_already_claimed", "The identity is already claimed.");
            }
            List<Identity> identities = List.of(command.identity());
            return claiming.claim(member.id(), identities, clock.now()).get(0);
        });
    }
}
