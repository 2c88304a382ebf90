package dev.accolade.adapter.in.rest.compat.acclaim;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimIds.Kind;
import dev.accolade.application.Accolade;
import dev.accolade.application.achievement.FindAchievementsQuery;
import dev.accolade.application.award.AwardView;
import dev.accolade.application.issuer.ListIssuersQuery;
import dev.accolade.application.member.GetMemberQuery;
import dev.accolade.application.offer.FindRecipientOffersQuery;
import dev.accolade.application.offer.OfferReference;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.offer.OfferId;
import io.javalin.http.Context;
import java.util.List;

/**
 * Acclaim's routes for the caller: its organizations, and for a user token its profile, its badges,
 * and accepting or rejecting a pending badge.
 */
final class UserEndpoints {

    private final Accolade accolade;

    UserEndpoints(Accolade accolade) {
        this.accolade = requireNonNull(accolade, "accolade");
    }

    void organizations(Context ctx, Actor actor) {
        PageNumbers page = PageNumbers.of(ctx);
        List<Issuer> all = PageNumbers.all(request -> accolade.issuers().listIssuers(new ListIssuersQuery(actor,
                request)));
        AcclaimReplies.page(ctx, page, all, OrganizationJson::from);
    }

    void self(Context ctx, Actor actor) {
        AcclaimReplies.ok(ctx, UserJson.from(accolade.members().getMember(new GetMemberQuery(actor, member(actor)))));
    }

    void badges(Context ctx, Actor actor) {
        PageNumbers page = PageNumbers.of(ctx);
        member(actor);
        List<AwardView> awards = PageNumbers.all(request -> accolade.achievements().findAchievements(
                FindAchievementsQuery.receivedBy(actor, null, request)));
        List<Offer> offers = PageNumbers.all(request -> accolade.offers().findRecipientOffers(
                new FindRecipientOffersQuery(actor, null, null, request)));
        AcclaimReplies.page(ctx, page, IssuedBadges.of(awards.stream().map(AwardView::award).toList(), offers),
                badge -> badge);
    }

    void badge(Context ctx, Actor actor) {
        member(actor);
        AcclaimReplies.ok(ctx, BadgeEndpoints.read(accolade, actor, AcclaimReplies.pathParam(ctx, "id")));
    }

    void accept(Context ctx, Actor actor) {
        OfferReference offer = new OfferReference(actor, pendingBadge(ctx, actor));
        accolade.offers().acceptOffer(offer);
        AcclaimReplies.ok(ctx, IssuedBadgeJson.from(accolade.offers().getOffer(offer)));
    }

    void reject(Context ctx, Actor actor) {
        AcclaimReplies.ok(ctx, IssuedBadgeJson.from(accolade.offers().rejectOffer(new OfferReference(actor,
                pendingBadge(ctx, actor)))));
    }

    /** The offer a badge id in the path names; a badge that was never pending reads as missing. */
    private static OfferId pendingBadge(Context ctx, Actor actor) {
        member(actor);
        return new OfferId(AcclaimIds.parse(Kind.OFFER, AcclaimReplies.pathParam(ctx, "id"))
                .orElseThrow(NotFound::issuer));
    }

    /** The member a user token stands for; an organization token has no user, which reads as missing. */
    private static MemberId member(Actor actor) {
        if (actor instanceof Actor.MemberActor member) {
            return member.member();
        }
        throw NotFound.member();
    }
}
