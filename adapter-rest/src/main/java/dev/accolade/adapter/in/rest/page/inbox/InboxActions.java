package dev.accolade.adapter.in.rest.page.inbox;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.input.PathIds;
import dev.accolade.adapter.in.rest.page.PageKit;
import dev.accolade.adapter.in.rest.page.PagePaths;
import dev.accolade.application.award.AwardReference;
import dev.accolade.application.award.MarkAwardViewedUseCase;
import dev.accolade.application.offer.AcceptOfferUseCase;
import dev.accolade.application.offer.OfferReference;
import dev.accolade.application.offer.RejectOfferUseCase;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.offer.OfferId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The inbox's forms: accept or reject an offer, and open a new award, which marks it viewed and goes on to
 * its page. The same use cases as {@code POST /v1/offers/{id}/accept|reject} and {@code /v1/awards/{id}/view}
 * decide; an offer or award of someone else reads as not found.
 */
public final class InboxActions {

    private final AcceptOfferUseCase acceptOffer;
    private final RejectOfferUseCase rejectOffer;
    private final MarkAwardViewedUseCase markViewed;
    private final PageKit kit;

    /** The forms over these use cases. */
    public InboxActions(AcceptOfferUseCase acceptOffer, RejectOfferUseCase rejectOffer,
            MarkAwardViewedUseCase markViewed, PageKit kit) {
        this.acceptOffer = requireNonNull(acceptOffer, "acceptOffer");
        this.rejectOffer = requireNonNull(rejectOffer, "rejectOffer");
        this.markViewed = requireNonNull(markViewed, "markViewed");
        this.kit = requireNonNull(kit, "kit");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.post(PagePaths.INBOX + "/offers/{id}/accept", this::accept);
        routes.post(PagePaths.INBOX + "/offers/{id}/reject", this::reject);
        routes.post(PagePaths.INBOX + "/awards/{id}/open", this::open);
    }

    private void accept(Context ctx) {
        acceptOffer.acceptOffer(offer(ctx));
        kit.redirect(ctx, PagePaths.INBOX);
    }

    private void reject(Context ctx) {
        rejectOffer.rejectOffer(offer(ctx));
        kit.redirect(ctx, PagePaths.INBOX);
    }

    private void open(Context ctx) {
        Actor actor = signedInForm(ctx);
        Award award = markViewed.markAwardViewed(new AwardReference(actor, new AwardId(PathIds.of(ctx, "id"))));
        kit.redirect(ctx, PagePaths.AWARDS + award.credential().id().value());
    }

    private OfferReference offer(Context ctx) {
        Actor actor = signedInForm(ctx);
        return new OfferReference(actor, new OfferId(PathIds.of(ctx, "id")));
    }

    private Actor signedInForm(Context ctx) {
        Actor actor = kit.member(ctx).actor();
        kit.form(ctx);
        return actor;
    }
}
