package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.member.ClaimIdentityCommand;
import dev.accolade.application.offer.FindIssuerOffersQuery;
import dev.accolade.application.offer.FindRecipientOffersQuery;
import dev.accolade.application.offer.OfferReference;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.award.RecipientName;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.event.OfferAnswered;
import dev.accolade.domain.identity.ExternalIdentity;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.identity.Namespace;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.offer.OfferStatus;
import dev.accolade.domain.template.Template;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Answering offers as their recipient, cancelling them as their issuer, and listing them from both sides. */
public abstract class OfferUseCasesTest extends UseCaseTest {

    private Issuer demo;
    private Template chef;
    private Member ann;

    @BeforeEach
    void anOfferingTemplateAndAMember() {
        demo = issuer("demo");
        chef = published(demo, input("Chef", false, true));
        ann = member("ann@example.org");
    }

    private Offer offer(Template template, Identity recipient) {
        return ((AwardOutcome.Offered) accolade.awards().award(AwardCommand.of(as(demo), template.id(),
                recipient))).offer();
    }

    @Test
    void accepting_an_offer_makes_the_award() {
        Offer offer = offer(chef, Identity.email("ann@example.org"));

        AwardOutcome outcome = accolade.offers().acceptOffer(new OfferReference(as(ann), offer.id()));

        Award award = ((AwardOutcome.Awarded) outcome).award();
        assertThat(award.source()).isEqualTo(new AwardSource.FromOffer(offer.id()));
        assertThat(award.holder()).contains(ann.id());
        assertThat(accolade.offers().getOffer(new OfferReference(as(ann), offer.id())).status())
                .isEqualTo(OfferStatus.ACCEPTED);
        assertThat(delivered(OfferAnswered.class)).extracting(e -> e.offer().status())
                .containsExactly(OfferStatus.ACCEPTED);
    }

    @Test
    void the_award_made_when_an_offer_is_accepted_keeps_the_offers_recipient_name() {
        RecipientName name = new RecipientName("Ann", "Ōtsuka");
        Offer offer = ((AwardOutcome.Offered) accolade.awards().award(AwardCommand.of(as(demo), chef.id(),
                Identity.email("ann@example.org")).named(name))).offer();

        Award award = ((AwardOutcome.Awarded) accolade.offers().acceptOffer(new OfferReference(as(ann),
                offer.id()))).award();

        assertThat(offer.recipientName()).contains(name);
        assertThat(accolade.offers().getOffer(new OfferReference(as(demo), offer.id())).recipientName()).contains(name);
        assertThat(award.recipientName()).contains(name);
    }

    @Test
    void an_offer_is_answered_once() {
        Offer offer = offer(chef, Identity.member(ann.id()));
        accolade.offers().rejectOffer(new OfferReference(as(ann), offer.id()));

        assertRefusedWithoutChange(() -> accolade.offers().acceptOffer(new OfferReference(as(ann), offer.id())),
                "offer_already_answered");
        assertRefused(() -> accolade.offers().cancelOffer(new OfferReference(as(demo), offer.id())),
                "offer_already_answered",
                ErrorCategory.CONFLICT);
    }

    @Test
    void only_the_member_an_offer_reached_answers_it() {
        Offer offer = offer(chef, Identity.member(ann.id()));
        Offer unclaimed = offer(chef, Identity.email("nobody@example.org"));
        Member bob = member("bob@example.org");

        assertRefusedWithoutChange(() -> accolade.offers().acceptOffer(new OfferReference(as(bob), offer.id())),
                "offer_not_found");
        assertRefusedWithoutChange(() -> accolade.offers().acceptOffer(new OfferReference(as(bob), unclaimed.id())),
                "offer_not_found");
        assertRefused(() -> accolade.offers().acceptOffer(new OfferReference(as(demo), offer.id())), "member_required");
    }

    @Test
    void the_issuer_cancels_a_pending_offer_and_no_other_issuer_can() {
        Offer offer = offer(chef, Identity.member(ann.id()));

        assertRefused(() -> accolade.offers().cancelOffer(new OfferReference(as(issuer("other")), offer.id())),
                "offer_not_found");
        Offer cancelled = accolade.offers().cancelOffer(new OfferReference(as(demo), offer.id()));

        assertThat(cancelled.status()).isEqualTo(OfferStatus.CANCELLED);
        assertThat(cancelled.answeredAt()).isPresent();
    }

    @Test
    void accepting_a_second_offer_of_a_template_already_accepted_says_already_awarded() {
        ExternalIdentity handle = new ExternalIdentity(new Namespace("minecraft:survival"), "ann_mc");
        Offer byHandle = offer(chef, handle);
        Offer byId = offer(chef, Identity.member(ann.id()));
        accolade.members().claimIdentity(new ClaimIdentityCommand(operator, ann.id(), handle));
        Award award = ((AwardOutcome.Awarded) accolade.offers().acceptOffer(new OfferReference(as(ann),
                byId.id()))).award();

        AwardOutcome second = accolade.offers().acceptOffer(new OfferReference(as(ann), byHandle.id()));

        assertThat(second).isEqualTo(new AwardOutcome.AlreadyAwarded(award));
        assertThat(accolade.offers().getOffer(new OfferReference(as(ann), byHandle.id())).status())
                .isEqualTo(OfferStatus.ACCEPTED);
    }

    @Test
    void issuers_and_recipients_list_offers_newest_first_by_status() {
        Template baker = published(demo, input("Baker", false, true));
        Offer first = offer(chef, Identity.member(ann.id()));
        Offer second = offer(baker, Identity.member(ann.id()));
        accolade.offers().rejectOffer(new OfferReference(as(ann), first.id()));

        assertThat(accolade.offers().findIssuerOffers(new FindIssuerOffersQuery(as(demo), demo.id(), null, null,
                PageRequest.first())).items()).extracting(Offer::id).containsExactly(second.id(), first.id());
        assertThat(accolade.offers().findRecipientOffers(new FindRecipientOffersQuery(as(ann), OfferStatus.PENDING,
                null,
                PageRequest.first())).items()).extracting(Offer::id).containsExactly(second.id());
        assertRefused(() -> accolade.offers().findIssuerOffers(new FindIssuerOffersQuery(as(ann), demo.id(), null, null,
                PageRequest.first())), "issuer_forbidden");
        assertRefused(() -> accolade.offers().getOffer(new OfferReference(as(member("bob@example.org")), first.id())),
                "offer_not_found");
    }

    @Test
    void an_offer_whose_award_expired_before_acceptance_is_refused_and_changes_nothing() {
        Offer offer = ((AwardOutcome.Offered) accolade.awards().award(AwardCommand.of(as(demo), chef.id(),
                Identity.member(ann.id())).expiringAt(clock.peek().plus(Duration.ofHours(1))))).offer();
        clock.advance(Duration.ofHours(2));

        assertRefusedWithoutChange(() -> accolade.offers().acceptOffer(new OfferReference(as(ann), offer.id())),
                "offer_expired");
        assertThat(accolade.offers().rejectOffer(new OfferReference(as(ann), offer.id())).status())
                .isEqualTo(OfferStatus.REJECTED);
    }

    @Test
    void the_recipient_sees_an_offer_without_its_callback_and_the_issuer_with_it() {
        Offer offer = ((AwardOutcome.Offered) accolade.awards().award(AwardCommand.of(as(demo), chef.id(),
                Identity.member(ann.id())).callingBack("https://client.example.org/cb"))).offer();

        assertThat(accolade.offers().getOffer(new OfferReference(as(demo), offer.id())).callback()).isPresent();
        assertThat(accolade.offers().getOffer(new OfferReference(as(ann), offer.id())).callback()).isEmpty();
        assertThat(accolade.offers().findRecipientOffers(new FindRecipientOffersQuery(as(ann), null, null,
                PageRequest.first()))
                .items()).singleElement().satisfies(seen -> assertThat(seen.callback()).isEmpty());
    }

    @Test
    void a_waiting_offer_of_a_template_the_member_already_holds_is_cancelled_on_delivery() {
        Offer waiting = offer(chef, Identity.handle("minecraft:survival", "ann_mc"));
        Offer byId = offer(chef, Identity.member(ann.id()));
        accolade.offers().acceptOffer(new OfferReference(as(ann), byId.id()));

        accolade.members().claimIdentity(new ClaimIdentityCommand(operator, ann.id(),
                new ExternalIdentity(new Namespace("minecraft:survival"), "ann_mc")));

        assertThat(accolade.offers().getOffer(new OfferReference(as(demo), waiting.id())).status())
                .isEqualTo(OfferStatus.CANCELLED);
    }

    @Test
    void both_offer_lists_keep_to_a_window_of_creation() {
        Offer first = offer(chef, Identity.member(ann.id()));
        clock.advance(Duration.ofHours(1));
        Instant later = clock.peek();
        Offer second = offer(published(demo, input("Baker", false, true)), Identity.member(ann.id()));

        assertThat(accolade.offers().findIssuerOffers(new FindIssuerOffersQuery(as(demo), demo.id(), null,
                TimeWindow.between(later, null), PageRequest.first())).items()).extracting(Offer::id)
                .containsExactly(second.id());
        assertThat(accolade.offers().findRecipientOffers(new FindRecipientOffersQuery(as(ann), null,
                TimeWindow.between(null, later), PageRequest.first())).items()).extracting(Offer::id)
                .containsExactly(first.id());
    }
}
