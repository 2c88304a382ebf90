package dev.accolade.application.shared;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.CallbackSenderPort;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.EventPublisherPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.application.port.out.award.AwardRepository;
import dev.accolade.application.port.out.credential.AwardCredentialRepository;
import dev.accolade.application.port.out.offer.OfferRepository;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.award.AwardTerms;
import dev.accolade.domain.award.Grant;
import dev.accolade.domain.award.GrantDecision;
import dev.accolade.domain.award.GrantPolicy;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.event.AwardGranted;
import dev.accolade.domain.event.OfferCreated;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.offer.OfferCallback;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.template.Template;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place awards and offers are made: it loads what {@link GrantPolicy} looks at, carries out
 * its decision and announces the result. Runs inside the caller's transaction.
 */
public final class Granting {

    /** The length of a callback token. */
    static final int CALLBACK_TOKEN_LENGTH = 32;

    private final IdGeneratorPort ids;
    private final EventPublisherPort events;
    private final AwardRepository awards;
    private final OfferRepository offers;
    private final ClockPort clock;
    private final TokenGeneratorPort tokens;
    private final Recipients recipients;
    private final CallbackSenderPort callbacks;
    private final CredentialMinting minting;
    private final BatchGranting batches;

    /**
     * Grants through these ports, resolving holders with the recipients, checking callbacks with the sender
     * and giving each award a credential with a free slot among the issuer's.
     */
    public Granting(IdGeneratorPort ids, EventPublisherPort events, AwardRepository awards, OfferRepository offers,
            ClockPort clock, TokenGeneratorPort tokens, Recipients recipients, CallbackSenderPort callbacks,
            AwardCredentialRepository credentials) {
        this.ids = requireNonNull(ids, "ids");
        this.events = requireNonNull(events, "events");
        this.awards = requireNonNull(awards, "awards");
        this.offers = requireNonNull(offers, "offers");
        this.clock = requireNonNull(clock, "clock");
        this.tokens = requireNonNull(tokens, "tokens");
        this.recipients = requireNonNull(recipients, "recipients");
        this.callbacks = requireNonNull(callbacks, "callbacks");
        this.minting = new CredentialMinting(tokens, credentials);
        this.batches = new BatchGranting(ids, events, awards, clock, tokens, credentials);
    }

    /**
     * Checks a callback URL before the unit of work that awards: refused for a template awarded
     * directly, and otherwise checked by the sender, name resolved, so that no lookup holds a transaction.
     */
    public void checkCallback(Template template, WebUrl callbackUrl) {
        if (!template.awardable().details().acceptanceRequired()) {
            throw GrantPolicy.callbackRefused();
        }
        callbacks.check(callbackUrl);
    }

    /**
     * Gives a template's live version to the grant's recipient: an award, or an offer when the template
     * needs the recipient's acceptance. The holder is whoever claims the recipient identity now. A
     * callback URL is for offers only, and checked by {@link #checkCallback} first. An existing award
     * or pending offer keeps its own name and evidence.
     *
     * @param template the template, published
     * @param grant what to give, to whom; its terms are taken from the template
     */
    public AwardOutcome awardOrOffer(Template template, Grant grant, Optional<WebUrl> callbackUrl) {
        Grant held = new Grant(AwardTerms.of(template), grant.recipient(), grant.recipientName(),
                recipients.holderOf(grant.recipient()), grant.evidence(), grant.expiresAt());
        boolean acceptance = template.awardable().details().acceptanceRequired();
        GrantDecision decision = GrantPolicy.decide(held.terms(), acceptance, callbackUrl.isPresent(),
                heldAward(held), acceptance ? pendingOffer(held) : Optional.empty());
        if (decision instanceof GrantDecision.OfferNow) {
            return offer(held, callbackUrl);
        }
        return carryOut(decision, held, new AwardSource.Direct(), clock.now());
    }

    /**
     * Gives a template's live version to each grant's recipient, as {@link #awardOrOffer} would one after the
     * other without a callback: the outcomes in order. A template awarded directly is given set-based
     * ({@link BatchGranting}: the holders read in one query, the awards written as one batch).
     */
    public List<AwardOutcome> awardOrOfferAll(Template template, List<Grant> grants) {
        if (template.awardable().details().acceptanceRequired()) {
            return grants.stream().map(grant -> awardOrOffer(template, grant, Optional.empty())).toList();
        }
        Map<Identity, Optional<MemberId>> holders = recipients.holdersOf(grants.stream().map(Grant::recipient)
                .toList());
        Instant now = clock.now();
        return batches.award(grants.stream().map(grant -> new BatchGranting.Direct(new Grant(AwardTerms.of(template),
                grant.recipient(), grant.recipientName(), holders.get(grant.recipient()), grant.evidence(),
                grant.expiresAt()), new AwardSource.Direct(), now)).toList());
    }

    /** Makes these awards directly, as {@link #award} would one after the other, set-based: the outcomes in order. */
    public List<AwardOutcome> awardAll(List<BatchGranting.Direct> wanted) {
        return batches.award(wanted);
    }

    /**
     * Makes the award directly, as of a time (now, or when a server's log announced it), unless the
     * recipient already holds this non-repeatable template.
     *
     * @param grant what to give, to whom, with its holder already resolved
     */
    public AwardOutcome award(Grant grant, AwardSource source, Instant awardedAt) {
        GrantDecision decision = GrantPolicy.decide(grant.terms(), false, false, heldAward(grant), Optional.empty());
        return carryOut(decision, grant, source, awardedAt);
    }

    private AwardOutcome carryOut(GrantDecision decision, Grant grant, AwardSource source, Instant awardedAt) {
        if (decision instanceof GrantDecision.AlreadyHeld held) {
            return new AwardOutcome.AlreadyAwarded(held.award());
        }
        if (decision instanceof GrantDecision.AlreadyOffered offered) {
            return new AwardOutcome.Offered(offered.offer());
        }
        AwardId id = new AwardId(ids.nextId());
        Award award = Award.grant(id, grant, source, awardedAt, minting.mint(id, grant.terms().issuer()));
        awards.insert(award);
        events.publish(new AwardGranted(award, clock.now()));
        return new AwardOutcome.Awarded(award);
    }

    private AwardOutcome offer(Grant grant, Optional<WebUrl> callbackUrl) {
        Optional<OfferCallback> callback = callbackUrl
                .map(url -> new OfferCallback(url, tokens.newToken(CALLBACK_TOKEN_LENGTH)));
        Instant now = clock.now();
        Offer offer = Offer.make(new OfferId(ids.nextId()), grant, callback, now);
        offers.insert(offer);
        events.publish(new OfferCreated(offer, now));
        return new AwardOutcome.Offered(offer);
    }

    private Optional<Award> heldAward(Grant grant) {
        return GrantPolicy.looksAtHoldings(grant.terms())
                ? awards.findActive(grant.template(), grant.recipient(), grant.holder())
                : Optional.empty();
    }

    private Optional<Offer> pendingOffer(Grant grant) {
        return GrantPolicy.looksAtHoldings(grant.terms())
                ? offers.findPending(grant.template(), grant.recipient(), grant.holder())
                : Optional.empty();
    }
}
