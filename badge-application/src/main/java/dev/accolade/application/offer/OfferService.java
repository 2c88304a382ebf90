package dev.accolade.application.offer;

import static java.util.Objects.requireNonNull;
import static java.util.Objects.requireNonNullElse;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.offer.OfferQuery;
import dev.accolade.application.port.out.offer.OfferRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.application.shared.Granting;
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
final class OfferService implements Offers {

    private final TransactionPort transactions;
    private final EventPublisherPort events;
    private final OfferRepository offers;
    private final ClockPort clock;
    private final CommandValidator validator;
    private final Access access;
    private final Granting granting;
    private final OfferCallbacks callbacks;

    OfferService(TransactionPort transactions, EventPublisherPort events, OfferRepository offers,
            OfferCallbacks callbacks,
            ClockPort clock, CommandValidator validator, Access access, Granting granting) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.events = requireNonNull(events, "events");
        this.offers = requireNonNull(offers, "offers");
        this.clock = requireNonNull(clock, "clock");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
        this.granting = requireNonNull(granting, "granting");
        this.callbacks = requireNonNull(callbacks, "callbacks");
    }

    @Override
    public AwardOutcome acceptOffer(OfferReference command) {
        validator.validate(command);
        MemberId member = access.requireMember(command.actor());
        return transactions.inTransaction(() -> {
            Instant now = clock.now();
            Offer accepted = heldBy(member, command.offer()).accept(member, now);
            answered(accepted, now);
            callbacks.answered(accepted, "accepted", now);
            return granting.award(accepted.grant(), new AwardSource.FromOffer(accepted.id()), now);
        });
    }

    @Override
    public Offer rejectOffer(OfferReference command) {
        validator.validate(command);
        MemberId member = access.requireMember(command.actor());
        return transactions.inTransaction(() -> {
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
        return transactions.inTransaction(() -> {
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
        return transactions.readOnly(() -> {
            Offer offer = load(query.offer());
            if (access.mayActFor(actor, offer.issuer())) {
                return offer;
            }
            if (!Access.holds(actor, offer)) {
                throw NotFound.offer(offer.id());
            }
            return offer.recipientView();
        });
    }

    @Override
    public Page<Offer> findIssuerOffers(FindIssuerOffersQuery query) {
        validator.validate(query);
        return transactions.readOnly(() -> {
            Issuer issuer = access.issuerFor(query.actor(), query.issuer());
            return offers.find(new OfferQuery(Optional.of(issuer.id()), Optional.empty(),
                    Optional.ofNullable(query.status()), requireNonNullElse(query.created(), TimeWindow.ALWAYS)),
                    query.page());
        });
    }

    @Override
    public Page<Offer> findRecipientOffers(FindRecipientOffersQuery query) {
        validator.validate(query);
        MemberId member = access.requireMember(query.actor());
        return transactions.readOnly(() -> offers.find(
                new OfferQuery(Optional.empty(), Optional.of(member), Optional.ofNullable(query.status()),
                        requireNonNullElse(query.created(), TimeWindow.ALWAYS)),
                query.page()).map(Offer::recipientView));
    }

    private Offer answered(Offer offer, Instant now) {
        offers.update(offer);
        events.publish(new OfferAnswered(offer, now));
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
        return offers.findById(id).orElseThrow(() -> NotFound.offer(id));
    }
}
