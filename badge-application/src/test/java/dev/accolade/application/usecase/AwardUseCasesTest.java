package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.Accolade;
import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.award.AwardReference;
import dev.accolade.application.award.RevokeAwardCommand;
import dev.accolade.application.member.ClaimIdentityCommand;
import dev.accolade.application.member.ConfirmRegistrationCommand;
import dev.accolade.application.member.Registration;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.in.EvidenceInput;
import dev.accolade.application.port.out.award.AwardQuery;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.award.RecipientName;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.event.AwardGranted;
import dev.accolade.domain.event.AwardRevoked;
import dev.accolade.domain.event.OfferCreated;
import dev.accolade.domain.identity.ExternalIdentity;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.identity.Namespace;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.template.Template;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Awarding templates: directly or as offers, once or repeatedly, with idempotency keys, and revoking. */
public abstract class AwardUseCasesTest extends UseCaseTest {

    private Issuer demo;

    @BeforeEach
    void anIssuer() {
        demo = issuer("demo");
    }

    private AwardOutcome award(Template template, Identity recipient) {
        return accolade.awards().award(AwardCommand.of(as(demo), template.id(), recipient));
    }

    private static Award awarded(AwardOutcome outcome) {
        assertThat(outcome).isInstanceOf(AwardOutcome.Awarded.class);
        return ((AwardOutcome.Awarded) outcome).award();
    }

    private List<Award> allAwards() {
        return store.transactions().readOnly(() -> store.awards()
                .find(AwardQuery.all().includingRevoked(true), PageRequest.first(100)).items());
    }

    @Test
    void a_template_that_needs_no_acceptance_is_awarded_directly() {
        Template chef = published(demo, "Chef");

        Award award = awarded(accolade.awards().award(AwardCommand.of(as(demo), chef.id(),
                Identity.email("ann@example.org")).withEvidence(new EvidenceInput("Cooked 25 recipes",
                List.of("https://example.org/recipes")))));

        assertThat(award.source()).isEqualTo(new AwardSource.Direct());
        assertThat(award.recipient()).isEqualTo(Identity.email("ann@example.org"));
        assertThat(award.holder()).isEmpty();
        assertThat(award.evidence().narrative()).isEqualTo("Cooked 25 recipes");
        assertThat(delivered(AwardGranted.class)).extracting(AwardGranted::award).containsExactly(award);
    }

    @Test
    void a_non_repeatable_template_is_awarded_once_and_the_second_time_says_so() {
        Template chef = published(demo, "Chef");
        Award first = awarded(award(chef, Identity.email("ann@example.org")));

        AwardOutcome second = award(chef, Identity.email("ANN@example.org"));

        assertThat(second).isEqualTo(new AwardOutcome.AlreadyAwarded(first));
        assertThat(allAwards()).containsExactly(first);
    }

    @Test
    void a_member_holds_a_non_repeatable_template_once_whichever_of_its_identities_is_named() {
        Template chef = published(demo, "Chef");
        Member ann = member("ann@example.org");
        Award first = awarded(award(chef, Identity.member(ann.id())));

        assertThat(award(chef, Identity.email("ann@example.org"))).isEqualTo(new AwardOutcome.AlreadyAwarded(first));
    }

    @Test
    void a_repeatable_template_is_awarded_again_and_again() {
        Template donor = published(demo, input("Donor", true, false));

        awarded(award(donor, Identity.handle("userbadges:demo", "daniel")));
        awarded(award(donor, Identity.handle("userbadges:demo", "daniel")));

        assertThat(allAwards()).hasSize(2);
    }

    @Test
    void a_template_that_needs_acceptance_becomes_an_offer_with_a_callback_token() {
        Template chef = published(demo, input("Chef", false, true));

        AwardOutcome outcome = accolade.awards().award(AwardCommand.of(as(demo), chef.id(),
                Identity.email("ann@example.org")).callingBack("https://client.example.org/callback"));

        assertThat(outcome).isInstanceOf(AwardOutcome.Offered.class);
        Offer offer = ((AwardOutcome.Offered) outcome).offer();
        assertThat(offer.isPending()).isTrue();
        assertThat(offer.callback()).get().satisfies(callback -> {
            assertThat(callback.url().value()).isEqualTo("https://client.example.org/callback");
            assertThat(callback.token()).matches("[A-Za-z0-9]{32}");
        });
        assertThat(delivered(OfferCreated.class)).extracting(OfferCreated::offer).containsExactly(offer);
        assertThat(award(chef, Identity.email("ann@example.org"))).isEqualTo(new AwardOutcome.Offered(offer));
    }

    @Test
    void offers_and_awards_to_an_email_nobody_holds_reach_the_member_who_confirms_it() {
        Template chef = published(demo, input("Chef", false, true));
        Template donor = published(demo, input("Donor", true, false));
        Offer offer = ((AwardOutcome.Offered) award(chef, Identity.email("ann@example.org"))).offer();
        Award award = awarded(award(donor, Identity.email("ann@example.org")));
        Registration registration = registered("ann@example.org");

        assertThat(storedOffer(offer).holder()).isEmpty();
        MemberId ann = accolade.members().confirmRegistration(
                new ConfirmRegistrationCommand(registration.confirmationToken().orElseThrow())).id();

        assertThat(storedOffer(offer).holder()).contains(ann);
        assertThat(storedAward(award).holder()).contains(ann);
    }

    @Test
    void an_award_to_a_member_id_reaches_the_member_at_once() {
        Template chef = published(demo, "Chef");
        Member ann = member("ann@example.org");

        assertThat(awarded(award(chef, Identity.member(ann.id()))).holder()).contains(ann.id());
        assertRefusedWithoutChange(() -> award(chef, Identity.member(new MemberId(777_777))), "recipient_not_found");
    }

    @Test
    void only_published_templates_of_the_actors_issuer_are_awarded() {
        Template draft = accolade.templates().createTemplate(new CreateTemplateCommand(as(demo), demo.id(),
                input("Draft", false, false), false));
        Template chef = published(demo, "Chef");
        Issuer other = issuer("other");

        assertRefusedWithoutChange(() -> award(draft, Identity.email("ann@example.org")), "template_not_published");
        assertRefusedWithoutChange(() -> accolade.awards().award(AwardCommand.of(as(other), chef.id(),
                Identity.email("ann@example.org"))), "template_not_found");
        assertRefused(() -> accolade.awards().award(AwardCommand.of(anonymous, chef.id(), Identity.email("a@b.org"))),
                "authentication_required", ErrorCategory.UNAUTHENTICATED);
    }

    @Test
    void bad_awards_are_refused_and_change_nothing() {
        Template chef = published(demo, "Chef");
        Identity ann = Identity.email("ann@example.org");

        assertRefusedWithoutChange(() -> accolade.awards().award(AwardCommand.of(as(demo), chef.id(), ann)
                .withEvidence(new EvidenceInput(null, List.of("javascript:alert(1)")))), "links_invalid");
        assertRefusedWithoutChange(() -> accolade.awards().award(AwardCommand.of(as(demo), chef.id(), ann)
                .expiringAt(Instant.parse("2000-01-01T00:00:00Z"))), "expires_at_invalid");
        assertRefusedWithoutChange(() -> accolade.awards().award(AwardCommand.of(as(demo), chef.id(), ann)
                .callingBack("https://client.example.org/callback")), "callback_url_invalid");
        assertRefusedWithoutChange(() -> accolade.awards().award(AwardCommand.of(as(demo), chef.id(), ann)
                .underKey("has spaces")), "idempotency_key_invalid");
        assertRefusedWithoutChange(() -> accolade.awards().award(AwardCommand.of(as(demo), chef.id(), null)
                .withEvidence(new EvidenceInput("n".repeat(2001), null))), "narrative_too_long");
    }

    @Test
    void the_same_idempotency_key_with_the_same_award_gives_the_first_outcome_again() {
        Template donor = published(demo, input("Donor", true, false));
        AwardCommand command = AwardCommand.of(as(demo), donor.id(), Identity.email("ann@example.org"))
                .underKey("order-1234");

        AwardOutcome first = accolade.awards().award(command);
        AwardOutcome again = accolade.awards().award(command);

        assertThat(again).isEqualTo(first);
        assertThat(allAwards()).hasSize(1);
    }

    @Test
    void a_replay_gives_the_first_outcome_on_an_instance_that_never_saw_the_key_and_on_the_one_that_did() {
        Template donor = published(demo, input("Donor", true, false));
        AwardCommand command = AwardCommand.of(as(demo), donor.id(), Identity.email("ann@example.org"))
                .underKey("order-1234");
        Accolade other = assembled(AccoladeSettings.DEFAULT);

        AwardOutcome first = accolade.awards().award(command);

        assertThat(other.awards().award(command)).isEqualTo(first);
        assertThat(other.awards().award(command)).isEqualTo(first);
        assertThat(accolade.awards().award(command)).isEqualTo(first);
        assertRefusedWithoutChange(() -> other.awards().award(AwardCommand.of(as(demo), donor.id(),
                Identity.email("bob@example.org")).underKey("order-1234")), "idempotency_key_reused");
        assertThat(allAwards()).hasSize(1);
    }

    @Test
    void the_same_idempotency_key_with_another_award_is_a_conflict() {
        Template donor = published(demo, input("Donor", true, false));
        accolade.awards().award(AwardCommand.of(as(demo), donor.id(), Identity.email("ann@example.org"))
                .underKey("order-1234"));

        assertRefusedWithoutChange(() -> accolade.awards().award(AwardCommand.of(as(demo), donor.id(),
                Identity.email("bob@example.org")).underKey("order-1234")), "idempotency_key_reused");
    }

    @Test
    void a_named_recipient_keeps_the_name_with_the_award() {
        Template chef = published(demo, "Chef");
        RecipientName name = new RecipientName("Ann", "Örnberg");

        Award award = awarded(accolade.awards().award(AwardCommand.of(as(demo), chef.id(),
                Identity.email("ann@example.org")).named(name)));

        assertThat(award.recipientName()).contains(name);
        assertThat(allAwards()).extracting(Award::recipientName).containsExactly(Optional.of(name));
    }

    @Test
    void the_same_idempotency_key_with_another_recipient_name_is_a_conflict() {
        Template donor = published(demo, input("Donor", true, false));
        Identity ann = Identity.email("ann@example.org");
        AwardCommand named = AwardCommand.of(as(demo), donor.id(), ann).named(new RecipientName("Ann", "Lee"))
                .underKey("order-1234");
        AwardOutcome first = accolade.awards().award(named);

        assertThat(accolade.awards().award(named)).isEqualTo(first);
        assertRefusedWithoutChange(() -> accolade.awards().award(AwardCommand.of(as(demo), donor.id(), ann)
                .named(new RecipientName("Ann", "Li")).underKey("order-1234")), "idempotency_key_reused");
        assertRefusedWithoutChange(() -> accolade.awards().award(AwardCommand.of(as(demo), donor.id(), ann)
                .underKey("order-1234")), "idempotency_key_reused");
    }

    @Test
    void an_idempotency_key_belongs_to_one_issuer() {
        Issuer other = issuer("other");
        Template ours = published(demo, input("Donor", true, false));
        Template theirs = published(other, input("Donor", true, false));

        accolade.awards().award(AwardCommand.of(as(demo), ours.id(), Identity.email("a@b.org")).underKey("k-1"));
        accolade.awards().award(AwardCommand.of(as(other), theirs.id(), Identity.email("a@b.org")).underKey("k-1"));

        assertThat(allAwards()).hasSize(2);
    }

    @Test
    void an_award_is_revoked_once_with_a_reason_by_its_issuer() {
        Template chef = published(demo, "Chef");
        Award award = awarded(award(chef, Identity.email("ann@example.org")));
        Issuer other = issuer("other");

        assertRefused(() -> accolade.awards().revokeAward(new RevokeAwardCommand(as(other), award.id(), "no")),
                "award_not_found", ErrorCategory.NOT_FOUND);
        assertRefused(() -> accolade.awards().revokeAward(new RevokeAwardCommand(as(demo), award.id(), " ")),
                "reason_required");
        Award revoked = accolade.awards().revokeAward(new RevokeAwardCommand(as(demo), award.id(),
                "Awarded by mistake"));
        assertRefused(() -> accolade.awards().revokeAward(new RevokeAwardCommand(as(demo), award.id(), "again")),
                "award_already_revoked", ErrorCategory.CONFLICT);

        assertThat(revoked.revocation()).get().extracting(r -> r.reason()).isEqualTo("Awarded by mistake");
        assertThat(delivered(AwardRevoked.class)).extracting(AwardRevoked::award).containsExactly(revoked);
        assertThat(awarded(award(chef, Identity.email("ann@example.org"))).id()).isNotEqualTo(award.id());
    }

    @Test
    void its_holder_and_its_issuer_read_an_award_and_nobody_else() {
        Template chef = published(demo, "Chef");
        Member ann = member("ann@example.org");
        Member bob = member("bob@example.org");
        Award award = awarded(award(chef, Identity.member(ann.id())));

        assertThat(accolade.awards().getAward(new AwardReference(as(ann), award.id())).award()).isEqualTo(award);
        assertThat(accolade.awards().getAward(new AwardReference(as(demo),
                award.id())).template().id()).isEqualTo(chef.id());
        assertRefused(() -> accolade.awards().getAward(new AwardReference(as(bob), award.id())), "award_not_found");
        assertRefused(() -> accolade.awards().getAward(new AwardReference(as(issuer("other")), award.id())),
                "award_not_found");
        assertRefused(() -> accolade.awards().getAward(new AwardReference(operator, new AwardId(123_456))),
                "award_not_found");
    }

    @Test
    void only_its_holder_marks_an_award_viewed_and_the_first_time_stays() {
        Template chef = published(demo, "Chef");
        Member ann = member("ann@example.org");
        Award award = awarded(award(chef, Identity.member(ann.id())));

        Award viewed = accolade.awards().markAwardViewed(new AwardReference(as(ann), award.id()));
        Award again = accolade.awards().markAwardViewed(new AwardReference(as(ann), award.id()));

        assertThat(viewed.isNew()).isFalse();
        assertThat(again.viewedAt()).isEqualTo(viewed.viewedAt());
        assertRefused(() -> accolade.awards().markAwardViewed(new AwardReference(as(demo), award.id())),
                "member_required");
        assertRefused(() -> accolade.awards().markAwardViewed(new AwardReference(as(member("bob@example.org")),
                award.id())),
                "award_not_found");
    }

    @Test
    void a_member_who_confirms_two_identities_awarded_the_same_template_holds_it_once() {
        Template chef = published(demo, "Chef");
        Registration bob = registered("bob@example.org");
        Award byEmail = awarded(award(chef, Identity.email("bob@example.org")));
        Award byId = awarded(award(chef, Identity.member(bob.member().id())));

        accolade.members().confirmRegistration(new ConfirmRegistrationCommand(bob.confirmationToken().orElseThrow()));

        Award first = storedAward(byEmail);
        Award second = storedAward(byId);
        assertThat(List.of(first, second)).filteredOn(Award::isActive).hasSize(1);
        assertThat(List.of(first, second)).allSatisfy(a -> assertThat(a.holder()).contains(bob.member().id()));
        assertThat(List.of(first, second)).filteredOn(a -> !a.isActive()).singleElement()
                .satisfies(a -> assertThat(a.revocation().orElseThrow().reason()).startsWith("Superseded"));
        assertThat(delivered(AwardRevoked.class)).hasSize(1);
    }

    @Test
    void a_handle_linked_to_a_member_who_already_holds_the_template_brings_no_second_live_award() {
        Template chef = published(demo, "Chef");
        Template donor = published(demo, input("Donor", true, false));
        Member carl = member("carl@example.org");
        awarded(award(chef, Identity.member(carl.id())));
        Award viaHandle = awarded(award(chef, Identity.handle("minecraft:survival", "Carl")));
        Award repeatable = awarded(award(donor, Identity.handle("minecraft:survival", "Carl")));
        awarded(award(donor, Identity.member(carl.id())));

        accolade.members().claimIdentity(new ClaimIdentityCommand(operator, carl.id(),
                new ExternalIdentity(new Namespace("minecraft:survival"), "Carl")));

        assertThat(storedAward(viaHandle).isActive()).isFalse();
        assertThat(storedAward(repeatable).isActive()).isTrue();
    }
}
