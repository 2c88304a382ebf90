package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.in.award.AwardReference;
import dev.accolade.application.port.in.award.AwardView;
import dev.accolade.application.port.in.award.GetAwardUseCase;
import dev.accolade.application.port.in.award.MarkAwardViewedUseCase;
import dev.accolade.application.port.in.award.RevokeAwardCommand;
import dev.accolade.application.port.in.award.RevokeAwardUseCase;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.event.AwardRevoked;
import dev.accolade.domain.member.MemberId;
import java.time.Instant;

/** Reads single awards, marks them viewed by their holder, and revokes them for their issuer. */
public final class AwardManagementService implements GetAwardUseCase, MarkAwardViewedUseCase, RevokeAwardUseCase {

    private final StorePorts store;
    private final ClockPort clock;
    private final CommandValidator validator;
    private final Access access;
    private final TemplateLookup lookup;

    AwardManagementService(StorePorts store, ClockPort clock, CommandValidator validator, Access access,
            TemplateLookup lookup) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
        this.lookup = requireNonNull(lookup, "lookup");
    }

    @Override
    public AwardView getAward(AwardReference query) {
        validator.validate(query);
        Actor actor = query.actor();
        access.requireSignedIn(actor);
        return store.transactions().readOnly(() -> {
            Award award = load(query.award());
            boolean holds = Access.memberOf(actor).filter(me -> award.holder().filter(me::equals).isPresent())
                    .isPresent();
            if (!holds && !access.mayActFor(actor, award.issuer())) {
                throw NotFound.award(award.id());
            }
            return new AwardView(award, lookup.visible(actor, award.template()));
        });
    }

    @Override
    public Award markAwardViewed(AwardReference command) {
        validator.validate(command);
        MemberId member = access.requireMember(command.actor());
        return store.transactions().inTransaction(() -> {
            Award award = load(command.award());
            if (award.holder().filter(member::equals).isEmpty()) {
                throw NotFound.award(award.id());
            }
            Award viewed = award.markViewed(clock.now());
            store.awards().update(viewed);
            return viewed;
        });
    }

    @Override
    public Award revokeAward(RevokeAwardCommand command) {
        validator.validate(command);
        access.requireSignedIn(command.actor());
        return store.transactions().inTransaction(() -> {
            Award award = load(command.award());
            if (!access.mayActFor(command.actor(), award.issuer())) {
                throw NotFound.award(award.id());
            }
            Instant now = clock.now();
            Award revoked = award.revoke(command.reason(), now);
            store.awards().update(revoked);
            store.events().publish(new AwardRevoked(revoked, now));
            return revoked;
        });
    }

    private Award load(AwardId id) {
        return store.awards().findById(id).orElseThrow(() -> NotFound.award(id));
    }
}
