package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;
import static java.util.Objects.requireNonNullElse;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.in.offer.AcceptOfferUseCase;
import dev.accolade.application.port.in.offer.CancelOfferUseCase;
import dev.accolade.application.port.in.offer.FindIssuerOffersQuery;
import dev.accolade.application.port.in.offer.FindIssuerOffersUseCase;
import dev.accolade.application.port.in.offer.FindRecipientOffersQuery;
import dev.accolade.application.port.in.offer.FindRecipientOffersUseCase;
import dev.accolade.application.port.in.offer.GetOfferUseCase;
import dev.accolade.application.port.in.offer.OfferReference;
import dev.accolade.application.port.in.offer.RejectOfferUseCase;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.OfferQuery;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.event.OfferAnswered;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.offer.OfferId;
import java.time.Instant;
import java.util.Optional;

/** Offers from both sides: the recipient accepts or rejects, the issuer cancels; both list them. */
public final class OfferService implements AcceptOfferUseCase, RejectOfferUseCase, CancelOfferUseCase,
        GetOfferUseCase, FindIssuerOffersUseCase, FindRecipientOffersUseCase {

    private final StorePorts store;
    private final ClockPort clock;
    private final CommandValidator validator;
    private final Access access;
    private final Granting granting;
    private final OfferCallbacks callbacks;

    OfferService(StorePorts store, ClockPort clock, CommandValidator validator, Access access, Granting granting) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
        this.granting = requireNonNull(granting, "granting");
        this.callbacks = new OfferCallbacks(store);
    }

    @Override
    public AwardOutcome acceptOffer(OfferReference command) {
        validator.validate(command);
        MemberId member = access.requireMember(command.actor());
        return store.transactions().inTransaction(() -> {
            Instant now = clock.now();
            Offer accepted = heldBy(member, command.offer()).accept(member, now);
            answered(accepted, now);
            callbacks.answered(accepted, "accepted", now);
            return granting.grant(accepted.terms(), accepted.recipient(), accepted.recipientName(), accepted.holder(),
                    new AwardSource.FromOffer(accepted.id()), accepted.evidence(), accepted.expiresAt());
        });
    }

    @Override
    public Offer rejectOffer(OfferReference command) {
        validator.validate(command);
        MemberId member = access.requireMember(command.actor());
        return store.transactions().inTransaction(() -> {
            Instant now = clock.now();
            Offer rejected = heldBy(member, command.offer()).reject(member, now);
            answered(rejected, now);
            callbacks.answered(rejected, "rejected", now);
            return rejected.recipientView();
        });
    }

    @Override
    public Offer cancelOffer(OfferReference command) {
        validator.validate(command);
        access.requireSignedIn(command.actor());
        return store.transactions().inTransaction(() -> {
            Offer offer = load(command.offer());
            if (!access.mayActFor(command.actor(), offer.issuer())) {
                throw NotFound.offer(offer.id());
            }
            Instant now = clock.now();
            return answered(offer.cancel(now), now);
        });
    }

    @Override
    public Offer getOffer(OfferReference query) {
        validator.validate(query);
        Actor actor = query.actor();
        access.requireSignedIn(actor);
        return store.transactions().readOnly(() -> {
            Offer offer = load(query.offer());
            boolean reached = Access.memberOf(actor).filter(me -> offer.holder().filter(me::equals).isPresent())
                    .isPresent();
            if (access.mayActFor(actor, offer.issuer())) {
                return offer;
            }
            if (!reached) {
                throw NotFound.offer(offer.id());
            }
            return offer.recipientView();
        });
    }

    @Override
    public Page<Offer> findIssuerOffers(FindIssuerOffersQuery query) {
        validator.validate(query);
        return store.transactions().readOnly(() -> {
            Issuer issuer = access.issuerFor(query.actor(), query.issuer());
            return store.offers().find(new OfferQuery(Optional.of(issuer.id()), Optional.empty(),
                    Optional.ofNullable(query.status()), requireNonNullElse(query.created(), TimeWindow.ALWAYS)),
                    query.page());
        });
    }

    @Override
    public Page<Offer> findRecipientOffers(FindRecipientOffersQuery query) {
        validator.validate(query);
        MemberId member = access.requireMember(query.actor());
        return store.transactions().readOnly(() -> store.offers().find(
                new OfferQuery(Optional.empty(), Optional.of(member), Optional.ofNullable(query.status()),
                        requireNonNullElse(query.created(), TimeWindow.ALWAYS)),
                query.page()).map(Offer::recipientView));
    }

    private Offer answered(Offer offer, Instant now) {
        store.offers().update(offer);
        store.events().publish(new OfferAnswered(offer, now));
        return offer;
    }

    private Offer heldBy(MemberId member, OfferId id) {
        Offer offer = load(id);
        if (offer.holder().filter(member::equals).isEmpty()) {
            throw NotFound.offer(id);
        }
        return offer;
    }

    private Offer load(OfferId id) {
        return store.offers().findById(id).orElseThrow(() -> NotFound.offer(id));
    }
}
