package dev.accolade.adapter.in.rest.offer;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.adapter.in.rest.grant.OfferResponse;
import dev.accolade.adapter.in.rest.grant.OutcomeReplies;
import dev.accolade.adapter.in.rest.grant.QueryParams;
import dev.accolade.adapter.in.rest.request.Paging;
import dev.accolade.adapter.in.rest.request.PathIds;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.Accolade;
import dev.accolade.application.offer.FindIssuerOffersQuery;
import dev.accolade.application.offer.FindRecipientOffersQuery;
import dev.accolade.application.offer.OfferReference;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.offer.OfferStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The native API's offer routes: reading an offer, the recipient accepting or rejecting it, the
 * issuer cancelling it, and the lists of an issuer's and a member's offers.
 */
public final class OfferRoutes {

    private static final String OFFER = OutcomeReplies.OFFERS + "/{id}";
    private static final String ISSUER_OFFERS = "/v1/issuers/{issuer_id}/offers";

    private final Accolade accolade;
    private final Authenticator authenticator;
    private final OutcomeReplies outcomes;

    /** Routes over these use cases. */
    public OfferRoutes(Accolade accolade, Authenticator authenticator) {
        this.accolade = requireNonNull(accolade, "accolade");
        this.authenticator = requireNonNull(authenticator, "authenticator");
        this.outcomes = new OutcomeReplies(accolade.awards());
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.get(OutcomeReplies.OFFERS, this::findMemberOffers);
        routes.get(ISSUER_OFFERS, this::findIssuerOffers);
        routes.get(OFFER, this::getOffer);
        routes.post(OFFER + "/acceptance", this::accept);
        routes.post(OFFER + "/rejection", this::reject);
        routes.post(OFFER + "/cancellation", this::cancel);
    }

    private void getOffer(Context ctx) {
        Responses.ok(ctx, OfferResponse.from(accolade.offers().getOffer(reference(ctx))));
    }

    private void accept(Context ctx) {
        OfferReference reference = reference(ctx);
        outcomes.reply(ctx, reference.actor(), accolade.offers().acceptOffer(reference));
    }

    private void reject(Context ctx) {
        Responses.ok(ctx, OfferResponse.from(accolade.offers().rejectOffer(reference(ctx))));
    }

    private void cancel(Context ctx) {
        Responses.ok(ctx, OfferResponse.from(accolade.offers().cancelOffer(reference(ctx))));
    }

    private void findMemberOffers(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        PageRequest page = Paging.of(ctx);
        FindRecipientOffersQuery query = new FindRecipientOffersQuery(actor, status(ctx), QueryParams.window(ctx),
                page);
        Responses.page(ctx, accolade.offers().findRecipientOffers(query), page, OfferResponse::from);
    }

    private void findIssuerOffers(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        IssuerId issuer = new IssuerId(PathIds.of(ctx, "issuer_id"));
        PageRequest page = Paging.of(ctx);
        FindIssuerOffersQuery query = new FindIssuerOffersQuery(actor, issuer, status(ctx), QueryParams.window(ctx),
                page);
        Responses.page(ctx, accolade.offers().findIssuerOffers(query), page, OfferResponse::from);
    }

    private OfferReference reference(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        return new OfferReference(actor, new OfferId(PathIds.of(ctx, "id")));
    }

    private static OfferStatus status(Context ctx) {
        return QueryParams.enumOf(ctx, "status", OfferStatus.class);
    }
}
