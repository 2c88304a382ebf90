package dev.accolade.adapter.in.rest.page.inbox;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.page.PageKit;
import dev.accolade.adapter.in.rest.page.PagePaths;
import dev.accolade.adapter.in.rest.page.TemplateTitles;
import dev.accolade.adapter.in.rest.page.Visitor;
import dev.accolade.application.achievement.FindAchievementsQuery;
import dev.accolade.application.achievement.FindAchievementsUseCase;
import dev.accolade.application.offer.FindRecipientOffersQuery;
import dev.accolade.application.offer.FindRecipientOffersUseCase;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.request.FindRequestsQuery;
import dev.accolade.application.request.FindRequestsUseCase;
import dev.accolade.application.template.GetTemplateUseCase;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.offer.OfferStatus;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.request.RequestStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The signed-in member's inbox: the offers waiting for an answer, its own requests to be awarded and how
 * they stand, and the awards it has not opened yet. Read through the same use cases as the API's
 * {@code /v1/me/...} lists, so it shows exactly what they would.
 */
public final class InboxPage {

    private static final int SHOWN = 50;
    private static final IssuerId OWN_REQUESTS = null;
    private static final RequestStatus ANY_STATE = null;
    private static final Identity SIGNED_IN_MEMBER = null;

    private final FindRecipientOffersUseCase offers;
    private final FindRequestsUseCase requests;
    private final FindAchievementsUseCase achievements;
    private final GetTemplateUseCase getTemplate;
    private final PageKit kit;

    /** The page over these use cases. */
    public InboxPage(FindRecipientOffersUseCase offers, FindRequestsUseCase requests,
            FindAchievementsUseCase achievements, GetTemplateUseCase getTemplate, PageKit kit) {
        this.offers = requireNonNull(offers, "offers");
        this.requests = requireNonNull(requests, "requests");
        this.achievements = requireNonNull(achievements, "achievements");
        this.getTemplate = requireNonNull(getTemplate, "getTemplate");
        this.kit = requireNonNull(kit, "kit");
    }

    /** Adds the route. */
    public void register(RoutesConfig routes) {
        routes.get(PagePaths.INBOX, this::show);
    }

    private void show(Context ctx) {
        Visitor visitor = kit.member(ctx);
        Actor actor = visitor.actor();
        TemplateTitles titles = new TemplateTitles(getTemplate, actor);
        List<OfferLine> waiting = offers.findRecipientOffers(new FindRecipientOffersQuery(actor, OfferStatus.PENDING,
                TimeWindow.ALWAYS, PageRequest.first(SHOWN))).items().stream()
                .map(offer -> new OfferLine(offer.id().value(), titles.of(offer.template()),
                        TemplateTitles.day(offer.createdAt())))
                .toList();
        List<RequestLine> own = requests.findRequests(new FindRequestsQuery(actor, OWN_REQUESTS, ANY_STATE,
                TimeWindow.ALWAYS, PageRequest.first(SHOWN))).items().stream()
                .map(request -> RequestLine.of(request, titles)).toList();
        List<NewAward> fresh = achievements.findAchievements(FindAchievementsQuery.receivedBy(actor, SIGNED_IN_MEMBER,
                PageRequest.first(SHOWN)).newOnly(true)).items().stream()
                .map(view -> new NewAward(view.award().id().value(), TemplateTitles.of(view.template()),
                        TemplateTitles.day(view.award().awardedAt())))
                .toList();
        kit.render(ctx, "inbox/inbox.jte", kit.frame(ctx, "Inbox"), new Inbox(waiting, own, fresh));
    }

    /**
     * What the inbox shows.
     *
     * @param offers the offers waiting for the member's answer
     * @param requests the member's own requests, newest first
     * @param awards the awards the member has not opened yet
     */
    public record Inbox(List<OfferLine> offers, List<RequestLine> requests, List<NewAward> awards) {
    }

    /**
     * An offer waiting for an answer.
     *
     * @param id the offer's id, which the accept and reject forms post to
     * @param title the badge offered
     * @param offered the day it was offered
     */
    public record OfferLine(long id, String title, String offered) {
    }

    /**
     * One of the member's requests.
     *
     * @param title the badge asked for
     * @param sent the day it was sent
     * @param state pending, accepted or rejected
     * @param reason the issuer's reason, for a rejected one that gave it
     */
    public record RequestLine(String title, String sent, String state, Optional<String> reason) {

        static RequestLine of(AwardRequest request, TemplateTitles titles) {
            return new RequestLine(titles.of(request.template()), TemplateTitles.day(request.createdAt()),
                    request.status().name().toLowerCase(Locale.ROOT),
                    request.status() == RequestStatus.REJECTED ? request.rejectionReason() : Optional.empty());
        }
    }

    /**
     * An award the member has not opened yet.
     *
     * @param id the award's id, which the open form posts to
     * @param title the badge
     * @param awarded the day it was awarded
     */
    public record NewAward(long id, String title, String awarded) {
    }
}
