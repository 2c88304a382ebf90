package dev.accolade.adapter.in.rest.compat.acclaim;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimIds.Kind;
import dev.accolade.application.achievement.FindGrantsQuery;
import dev.accolade.application.achievement.FindGrantsUseCase;
import dev.accolade.application.issuer.ListIssuersQuery;
import dev.accolade.application.issuer.ListIssuersUseCase;
import dev.accolade.application.member.GetMemberQuery;
import dev.accolade.application.member.GetMemberUseCase;
import dev.accolade.application.offer.AcceptOfferUseCase;
import dev.accolade.application.offer.OfferReference;
import dev.accolade.application.offer.RejectOfferUseCase;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.OfferId;
import io.javalin.http.Context;

/**
 * Acclaim's routes for the caller: its organizations, and for a user token its profile, its badges,
 * and accepting or rejecting a pending badge.
 */
final class UserEndpoints {

    private final ListIssuersUseCase issuers;
    private final GetMemberUseCase members;
    private final FindGrantsUseCase grants;
    private final AcceptOfferUseCase accept;
    private final RejectOfferUseCase reject;
    private final IssuedBadgeReader badges;
    private final CredentialUrls urls;

    UserEndpoints(ListIssuersUseCase issuers, GetMemberUseCase members, FindGrantsUseCase grants,
            AcceptOfferUseCase accept, RejectOfferUseCase reject, IssuedBadgeReader badges, CredentialUrls urls) {
        this.issuers = requireNonNull(issuers, "issuers");
        this.members = requireNonNull(members, "members");
        this.grants = requireNonNull(grants, "grants");
        this.accept = requireNonNull(accept, "accept");
        this.reject = requireNonNull(reject, "reject");
        this.badges = requireNonNull(badges, "badges");
        this.urls = requireNonNull(urls, "urls");
    }

    void organizations(Context ctx, Actor actor) {
        PageNumbers page = PageNumbers.of(ctx);
        AcclaimReplies.page(ctx, page, issuers.listIssuers(new ListIssuersQuery(actor, page.request())),
                OrganizationJson::from);
    }

    void self(Context ctx, Actor actor) {
        AcclaimReplies.ok(ctx, UserJson.from(members.getMember(new GetMemberQuery(actor, member(actor)))));
    }

    void badges(Context ctx, Actor actor) {
        PageNumbers page = PageNumbers.of(ctx);
        member(actor);
        AcclaimReplies.page(ctx, page, grants.findGrants(FindGrantsQuery.received(actor, page.request())),
                view -> IssuedBadgeJson.from(view, urls));
    }

    void badge(Context ctx, Actor actor) {
        member(actor);
        AcclaimReplies.ok(ctx, badges.read(actor, AcclaimReplies.pathParam(ctx, "id")));
    }

    void accept(Context ctx, Actor actor) {
        OfferReference offer = new OfferReference(actor, pendingBadge(ctx, actor));
        accept.acceptOffer(offer);
        AcclaimReplies.ok(ctx, badges.read(actor, AcclaimReplies.pathParam(ctx, "id")));
    }

    void reject(Context ctx, Actor actor) {
        AcclaimReplies.ok(ctx, badges.offer(actor, reject.rejectOffer(new OfferReference(actor,
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
