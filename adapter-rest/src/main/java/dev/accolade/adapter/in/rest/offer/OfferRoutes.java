package dev.accolade.adapter.in.rest.offer;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.Authenticator;
import dev.accolade.adapter.in.rest.award.OutcomeReplies;
import dev.accolade.adapter.in.rest.input.Paging;
import dev.accolade.adapter.in.rest.input.PathIds;
import dev.accolade.adapter.in.rest.input.QueryParams;
import dev.accolade.adapter.in.rest.response.Responses;
import dev.accolade.application.offer.AcceptOfferUseCase;
import dev.accolade.application.offer.CancelOfferUseCase;
import dev.accolade.application.offer.FindIssuerOffersQuery;
import dev.accolade.application.offer.FindIssuerOffersUseCase;
import dev.accolade.application.offer.FindRecipientOffersQuery;
import dev.accolade.application.offer.FindRecipientOffersUseCase;
import dev.accolade.application.offer.GetOfferUseCase;
import dev.accolade.application.offer.OfferReference;
import dev.accolade.application.offer.RejectOfferUseCase;
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

    private final GetOfferUseCase getOffer;
    private final AcceptOfferUseCase acceptOffer;
    private final RejectOfferUseCase rejectOffer;
    private final CancelOfferUseCase cancelOffer;
    private final FindRecipientOffersUseCase findRecipientOffers;
    private final FindIssuerOffersUseCase findIssuerOffers;
    private final Authenticator authenticator;
    private final OutcomeReplies outcomes;

    /** Routes over these use cases. */
    public OfferRoutes(GetOfferUseCase getOffer, AcceptOfferUseCase acceptOffer, RejectOfferUseCase rejectOffer,
            CancelOfferUseCase cancelOffer, FindRecipientOffersUseCase findRecipientOffers,
            FindIssuerOffersUseCase findIssuerOffers, OutcomeReplies outcomes, Authenticator authenticator) {
        this.getOffer = requireNonNull(getOffer, "getOffer");
        this.acceptOffer = requireNonNull(acceptOffer, "acceptOffer");
        this.rejectOffer = requireNonNull(rejectOffer, "rejectOffer");
        this.cancelOffer = requireNonNull(cancelOffer, "cancelOffer");
        this.findRecipientOffers = requireNonNull(findRecipientOffers, "findRecipientOffers");
        this.findIssuerOffers = requireNonNull(findIssuerOffers, "findIssuerOffers");
        this.authenticator = requireNonNull(authenticator, "authenticator");
        this.outcomes = requireNonNull(outcomes, "outcomes");
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
        Responses.ok(ctx, OfferResponse.from(getOffer.getOffer(reference(ctx))));
    }

    private void accept(Context ctx) {
        OfferReference reference = reference(ctx);
        outcomes.reply(ctx, reference.actor(), acceptOffer.acceptOffer(reference));
    }

    private void reject(Context ctx) {
        Responses.ok(ctx, OfferResponse.from(rejectOffer.rejectOffer(reference(ctx))));
    }

    private void cancel(Context ctx) {
        Responses.ok(ctx, OfferResponse.from(cancelOffer.cancelOffer(reference(ctx))));
    }

    private void findMemberOffers(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        PageRequest page = Paging.of(ctx);
        FindRecipientOffersQuery query = new FindRecipientOffersQuery(actor, status(ctx), QueryParams.window(ctx),
                page);
        Responses.page(ctx, findRecipientOffers.findRecipientOffers(query), page, OfferResponse::from);
    }

    private void findIssuerOffers(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        IssuerId issuer = new IssuerId(PathIds.of(ctx, "issuer_id"));
        PageRequest page = Paging.of(ctx);
        FindIssuerOffersQuery query = new FindIssuerOffersQuery(actor, issuer, status(ctx), QueryParams.window(ctx),
                page);
        Responses.page(ctx, findIssuerOffers.findIssuerOffers(query), page, OfferResponse::from);
    }

    private OfferReference reference(Context ctx) {
        Actor actor = authenticator.actorOf(ctx);
        return new OfferReference(actor, new OfferId(PathIds.of(ctx, "id")));
    }

    private static OfferStatus status(Context ctx) {
        return QueryParams.enumOf(ctx, "status", OfferStatus.class);
    }
}
