package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.CallbackSenderPort;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.award.AwardTerms;
import dev.accolade.domain.award.RecipientName;
import dev.accolade.domain.common.Check;
import dev.accolade.domain.common.Evidence;
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
import java.util.Optional;

/**
 * The one place awards and offers are made: it applies the template's policy (direct or offer),
 * keeps non-repeatable templates to one live award per recipient, and announces the result. Runs
 * inside the caller's transaction.
 */
final class Granting {

    /** The length of a callback token. */
    static final int CALLBACK_TOKEN_LENGTH = 32;

    private final StorePorts store;
    private final ClockPort clock;
    private final TokenGeneratorPort tokens;
    private final Recipients recipients;
    private final CallbackSenderPort callbacks;

    Granting(StorePorts store, ClockPort clock, TokenGeneratorPort tokens, Recipients recipients,
            CallbackSenderPort callbacks) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.tokens = requireNonNull(tokens, "tokens");
        this.recipients = requireNonNull(recipients, "recipients");
        this.callbacks = requireNonNull(callbacks, "callbacks");
    }

    /**
     * Checks a callback URL before the unit of work that awards: refused for a template awarded
     * directly, and otherwise checked by the sender, name resolved, so that no lookup holds a transaction.
     */
    void checkCallback(Template template, WebUrl callbackUrl) {
        if (!template.awardable().details().acceptanceRequired()) {
            refuseCallback();
        }
        callbacks.check(callbackUrl);
    }

    private static void refuseCallback() {
        throw Check.invalid("callback_url", "applies only to templates whose awards need acceptance");
    }

    /**
     * Awards a template's live version to an identity, or offers it when the template needs the
     * recipient's acceptance. A callback URL is for offers only, and checked by {@link #checkCallback} first. The recipient's name, when given,
     * is kept with the new award or offer; an existing one keeps its own.
     */
    AwardOutcome awardOrOffer(Template template, Identity recipient, Optional<RecipientName> recipientName,
            Evidence evidence, Optional<Instant> expiresAt, Optional<WebUrl> callbackUrl) {
        AwardTerms terms = AwardTerms.of(template);
        Optional<MemberId> holder = recipients.holderOf(recipient);
        if (!template.awardable().details().acceptanceRequired()) {
            callbackUrl.ifPresent(url -> refuseCallback());
            return grant(terms, recipient, recipientName, holder, new AwardSource.Direct(), evidence, expiresAt);
        }
        Optional<AwardOutcome> held = alreadyHeld(terms, recipient, holder);
        if (held.isPresent()) {
            return held.get();
        }
        if (!terms.repeatable()) {
            Optional<Offer> pending = store.offers().findPending(terms.template(), recipient, holder);
            if (pending.isPresent()) {
                return new AwardOutcome.Offered(pending.get());
            }
        }
        Optional<OfferCallback> callback = callbackUrl
                .map(url -> new OfferCallback(url, tokens.newToken(CALLBACK_TOKEN_LENGTH)));
        Instant now = clock.now();
        Offer offer = Offer.make(new OfferId(store.ids().nextId()), terms, recipient, recipientName, holder, evidence,
                expiresAt, callback, now);
        store.offers().insert(offer);
        store.events().publish(new OfferCreated(offer, now));
        return new AwardOutcome.Offered(offer);
    }

    /** Makes the award directly, unless the recipient already holds this non-repeatable template. */
    AwardOutcome grant(AwardTerms terms, Identity recipient, Optional<RecipientName> recipientName,
            Optional<MemberId> holder, AwardSource source, Evidence evidence, Optional<Instant> expiresAt) {
        return grantAt(terms, recipient, recipientName, holder, source, evidence, expiresAt, clock.now());
    }

    /**
     * Makes the award directly as of a given time, such as when a server's log announced it, unless
     * the recipient already holds this non-repeatable template.
     */
    AwardOutcome grantAt(AwardTerms terms, Identity recipient, Optional<RecipientName> recipientName,
            Optional<MemberId> holder, AwardSource source, Evidence evidence, Optional<Instant> expiresAt,
            Instant awardedAt) {
        Optional<AwardOutcome> held = alreadyHeld(terms, recipient, holder);
        if (held.isPresent()) {
            return held.get();
        }
        Instant now = clock.now();
        Award award = Award.grant(new AwardId(store.ids().nextId()), terms, recipient, recipientName, holder, source,
                evidence, expiresAt, awardedAt);
        store.awards().insert(award);
        store.events().publish(new AwardGranted(award, now));
        return new AwardOutcome.Awarded(award);
    }

    private Optional<AwardOutcome> alreadyHeld(AwardTerms terms, Identity recipient, Optional<MemberId> holder) {
        if (terms.repeatable()) {
            return Optional.empty();
        }
        return store.awards().findActive(terms.template(), recipient, holder).map(AwardOutcome.AlreadyAwarded::new);
    }
}
