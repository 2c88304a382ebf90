package dev.accolade.adapter.in.rest.compat.achievemint;

import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.award.AwardReference;
import dev.accolade.application.award.AwardUseCase;
import dev.accolade.application.award.GetAwardUseCase;
import dev.accolade.application.offer.AcceptOfferUseCase;
import dev.accolade.application.offer.CancelOfferUseCase;
import dev.accolade.application.offer.FindIssuerOffersQuery;
import dev.accolade.application.offer.FindIssuerOffersUseCase;
import dev.accolade.application.offer.OfferReference;
import dev.accolade.application.offer.RejectOfferUseCase;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.offer.OfferCallback;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.offer.OfferStatus;
import dev.accolade.domain.template.TemplateId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code award}, {@code cancel_offer}, {@code find_offers}, {@code accept_offer} and {@code
 * reject_offer}: awards become offers that wait for their recipient, also one who has not registered.
 */
final class GrantMethods {

    private final AwardUseCase awards;
    private final GetAwardUseCase awardReader;
    private final FindIssuerOffersUseCase offerFinder;
    private final CancelOfferUseCase cancel;
    private final AcceptOfferUseCase accept;
    private final RejectOfferUseCase reject;

    GrantMethods(AwardUseCase awards, GetAwardUseCase awardReader, FindIssuerOffersUseCase offerFinder,
            CancelOfferUseCase cancel, AcceptOfferUseCase accept, RejectOfferUseCase reject) {
        this.awards = awards;
        this.awardReader = awardReader;
        this.offerFinder = offerFinder;
        this.cancel = cancel;
        this.accept = accept;
        this.reject = reject;
    }

    /** Adds the methods to the dialect's table. */
    void register(Map<String, AchieveMintMethod> methods) {
        methods.put("award", this::award);
        methods.put("cancel_offer", call -> success(cancel.cancelOffer(offer(call))));
        methods.put("find_offers", this::findOffers);
        methods.put("accept_offer", call -> success(accept.acceptOffer(offer(call))));
        methods.put("reject_offer", call -> success(reject.rejectOffer(offer(call))));
    }

    /**
     * An offer of the template to the identity, with the 32-character callback token when a
     * callback URL was given. A template awarded directly (made through the native API without
     * acceptance) answers {@code offer: null} and the {@code achievement}.
     */
    private Object award(Call call) {
        Parameters parameters = call.parameters();
        Identity recipient = Identities.required(parameters, "user_identity");
        TemplateId template = new TemplateId(parameters.id("template_id"));
        String callbackUrl = parameters.text("callback_url").orElse(null);
        Actor actor = call.actor();
        AwardOutcome outcome = awards.award(AwardCommand.of(actor, template, recipient).callingBack(callbackUrl));
        Views views = call.views();
        Map<String, Object> reply = new LinkedHashMap<>();
        if (outcome instanceof AwardOutcome.Offered offered) {
            reply.put("offer", views.offer(offered.offer(), true));
            reply.put("callback_token", offered.offer().callback().map(OfferCallback::token).orElse(null));
            return reply;
        }
        if (outcome instanceof AwardOutcome.AlreadyAwarded) {
            throw DomainException.ruleViolation("already_awarded", "The user holds this achievement already.");
        }
        AwardOutcome.Awarded awarded = (AwardOutcome.Awarded) outcome;
        reply.put("offer", null);
        reply.put("callback_token", null);
        reply.put("achievement", views.achievement(awardReader.getAward(new AwardReference(actor,
                awarded.award().id()))));
        return reply;
    }

    /** The pending offers of the account's templates, under {@code requests} as the specification names them. */
    private Object findOffers(Call call) {
        Actor actor = call.actor();
        IssuerId issuer = call.issuer();
        List<Offer> offers = offerFinder.findIssuerOffers(new FindIssuerOffersQuery(actor, issuer,
                OfferStatus.PENDING, TimeWindow.ALWAYS, OffsetPaging.of(call.parameters()).request())).items();
        Views views = call.views();
        List<Wire.Offer> wire = offers.stream().map(offer -> views.offer(offer, true)).toList();
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("requests", wire);
        reply.put("offers", wire);
        return reply;
    }

    private static OfferReference offer(Call call) {
        return new OfferReference(call.actor(), new OfferId(call.parameters().id("id")));
    }

    /** The output of the methods that only succeed or fail. */
    static Map<String, Object> success(Object ignored) {
        return Map.of("success", true);
    }
}
