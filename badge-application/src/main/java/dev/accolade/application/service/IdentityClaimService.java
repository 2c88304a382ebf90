package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.in.member.ClaimIdentityCommand;
import dev.accolade.application.port.in.member.ClaimIdentityUseCase;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.gameserver.GameServer;
import dev.accolade.domain.identity.ExternalIdentity;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.identity.IdentityClaim;
import dev.accolade.domain.member.Member;
import java.util.List;

/**
 * Links external handles to members and delivers what waited for them. The operator links any handle;
 * the issuer of a game server (by its key, or the member owning it) links its own players, the
 * handles in the server's namespace, as it knows who plays there.
 */
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
        return store.transactions().inTransaction(() -> {
            if (!vouchesForNamespace(command.actor(), command.identity())) {
                access.requireOperator(command.actor());
            }
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

    /** Whether the actor acts for the game server whose players' namespace the handle is in. */
    private boolean vouchesForNamespace(Actor actor, ExternalIdentity identity) {
        return !(actor instanceof Actor.Anonymous) && GameServer.keyOfNamespace(identity.namespace())
                .flatMap(store.gameServers()::findByKey)
                .filter(server -> access.mayActFor(actor, server.issuer())).isPresent();
    }
}
