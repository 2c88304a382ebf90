package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.award.BulkAwardCommand;
import dev.accolade.application.award.BulkRecipient;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.in.EvidenceInput;
import dev.accolade.application.port.out.award.AwardQuery;
import dev.accolade.application.webhook.CreatedWebhook;
import dev.accolade.application.webhook.RegisterWebhookCommand;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.award.RecipientName;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliverySource;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.FieldError;
import dev.accolade.domain.event.AwardGranted;
import dev.accolade.domain.event.OfferCreated;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.webhook.WebhookEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Awarding a template to many recipients in one call: all checked first, one unit of work, one key. */
public abstract class BulkAwardUseCasesTest extends UseCaseTest {

    private static final Instant NEXT_YEAR = Instant.parse("2100-01-01T00:00:00Z");

    private Issuer demo;

    @BeforeEach
    void anIssuer() {
        demo = issuer("demo");
    }

    private static BulkRecipient to(String email) {
        return new BulkRecipient(Identity.email(email), null, null, null);
    }

    private List<AwardOutcome> bulk(Template template, String key, BulkRecipient... recipients) {
        return accolade.awards().awardInBulk(new BulkAwardCommand(as(demo), template.id(), List.of(recipients), key));
    }

    private List<Award> allAwards() {
        return store.transactions().readOnly(() -> store.awards()
                .find(AwardQuery.all().includingRevoked(true), PageRequest.first(100)).items());
    }

    @Test
    void each_recipient_gets_its_own_award_with_its_name_evidence_and_expiry_in_the_order_given() {
        Template chef = published(demo, input("Chef", true, false));

        List<AwardOutcome> outcomes = bulk(chef, null,
                new BulkRecipient(Identity.email("ann@example.org"), new RecipientName("Ann", "Li"),
                        new EvidenceInput("Baked bread", List.of("https://example.org/bread")), NEXT_YEAR),
                to("bob@example.org"));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(AwardOutcome.Awarded.class));
        List<Award> awards = outcomes.stream().map(outcome -> ((AwardOutcome.Awarded) outcome).award()).toList();
        assertThat(awards).extracting(Award::recipient)
                .containsExactly(Identity.email("ann@example.org"), Identity.email("bob@example.org"));
        assertThat(awards.get(0).recipientName()).contains(new RecipientName("Ann", "Li"));
        assertThat(awards.get(0).evidence().narrative()).isEqualTo("Baked bread");
        assertThat(awards.get(0).expiresAt()).contains(NEXT_YEAR);
        assertThat(awards.get(1).recipientName()).isEmpty();
        assertThat(allAwards()).containsExactlyInAnyOrderElementsOf(awards);
        assertThat(delivered(AwardGranted.class)).extracting(AwardGranted::award).containsExactlyElementsOf(awards);
    }

    @Test
    void each_outcome_is_what_a_single_award_would_give_offered_already_awarded_or_awarded() {
        Template once = published(demo, "Once");
        Award held = ((AwardOutcome.Awarded) accolade.awards().awardInBulk(new BulkAwardCommand(as(demo), once.id(),
                List.of(to("ann@example.org")), null)).get(0)).award();
        Template judge = published(demo, input("Judge", false, true));

        List<AwardOutcome> again = bulk(once, null, to("ann@example.org"), to("bob@example.org"));
        List<AwardOutcome> offered = bulk(judge, null, to("ann@example.org"));

        assertThat(again.get(0)).isEqualTo(new AwardOutcome.AlreadyAwarded(held));
        assertThat(again.get(1)).isInstanceOf(AwardOutcome.Awarded.class);
        assertThat(offered).singleElement().isInstanceOf(AwardOutcome.Offered.class);
        assertThat(delivered(OfferCreated.class)).hasSize(1);
    }

    @Test
    void a_batch_naming_a_recipient_twice_gives_what_two_calls_would() {
        Template once = published(demo, "Once");
        Template chef = published(demo, input("Chef", true, false));

        List<AwardOutcome> single = bulk(once, null, to("ann@example.org"), to("bob@example.org"),
                to("Ann@Example.org"));
        List<AwardOutcome> repeated = bulk(chef, null, to("ann@example.org"), to("ann@example.org"));

        Award anns = ((AwardOutcome.Awarded) single.get(0)).award();
        assertThat(single.get(1)).isInstanceOf(AwardOutcome.Awarded.class);
        assertThat(single.get(2)).isEqualTo(new AwardOutcome.AlreadyAwarded(anns));
        assertThat(repeated).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(AwardOutcome.Awarded.class));
        assertThat(allAwards()).hasSize(4);
    }

    @Test
    void claimed_recipients_get_what_single_awards_give_them_holder_included() {
        Member ann = member("ann@example.org");
        Template inBulk = published(demo, "Once in bulk");
        Template oneByOne = published(demo, "Once one by one");
        List<Identity> recipients = List.of(Identity.email("ann@example.org"), Identity.member(ann.id()),
                Identity.email("bob@example.org"), Identity.member(ann.id()));

        List<AwardOutcome> together = accolade.awards().awardInBulk(new BulkAwardCommand(as(demo), inBulk.id(),
                recipients.stream().map(recipient -> new BulkRecipient(recipient, null, null, null)).toList(), null));
        List<AwardOutcome> single = recipients.stream().map(recipient -> accolade.awards().award(AwardCommand.of(
                as(demo), oneByOne.id(), recipient))).toList();

        assertThat(shapes(together)).isEqualTo(shapes(single));
        assertThat(((AwardOutcome.Awarded) together.get(0)).award().holder()).contains(ann.id());
    }

    private static List<String> shapes(List<AwardOutcome> outcomes) {
        return outcomes.stream().map(outcome -> outcome.getClass().getSimpleName() + " " + (outcome
                instanceof AwardOutcome.Awarded awarded ? awarded.award().recipient().key() + " "
                        + awarded.award().holder() : ((AwardOutcome.AlreadyAwarded) outcome).award().recipient().key()))
                .toList();
    }

    @Test
    void every_award_of_a_batch_is_announced_to_the_issuers_webhooks() {
        CreatedWebhook hook = accolade.webhooks().registerWebhook(new RegisterWebhookCommand(as(demo), demo.id(),
                "https://hooks.example.org/accolade", List.of("award.granted")));
        Template chef = published(demo, input("Chef", true, false));

        List<AwardOutcome> outcomes = bulk(chef, null, to("ann@example.org"), to("bob@example.org"),
                to("cy@example.org"));

        List<Delivery> deliveries = store.transactions().readOnly(() -> store.deliveries()
                .findByEndpoint(hook.endpoint().id(), PageRequest.first(100)).items());
        assertThat(deliveries).hasSize(3).allSatisfy(delivery -> assertThat(delivery.source())
                .isEqualTo(new DeliverySource.Webhook(hook.endpoint().id(), WebhookEvent.AWARD_GRANTED)));
        assertThat(outcomes).allSatisfy(outcome -> assertThat(deliveries).anySatisfy(delivery -> assertThat(
                delivery.body()).contains(String.valueOf(((AwardOutcome.Awarded) outcome).award().id().value()))));
    }

    @Test
    void the_same_key_with_the_same_batch_gives_the_first_outcomes_again_and_writes_nothing() {
        Template donor = published(demo, input("Donor", true, false));
        List<AwardOutcome> first = bulk(donor, "batch-1", to("ann@example.org"), to("bob@example.org"));
        StoreSnapshot before = StoreSnapshot.of(store);

        List<AwardOutcome> again = bulk(donor, "batch-1", to("ann@example.org"), to("bob@example.org"));

        assertThat(again).isEqualTo(first);
        assertThat(StoreSnapshot.of(store)).isEqualTo(before);
        assertThat(allAwards()).hasSize(2);
    }

    @Test
    void the_same_key_with_another_batch_is_a_conflict_and_so_is_a_single_award_never_confused_with_it() {
        Template donor = published(demo, input("Donor", true, false));
        bulk(donor, "batch-1", to("ann@example.org"), to("bob@example.org"));

        assertRefusedWithoutChange(() -> bulk(donor, "batch-1", to("ann@example.org")), "idempotency_key_reused");
        assertRefusedWithoutChange(() -> bulk(donor, "batch-1", to("ann@example.org"), to("bob@example.org"),
                to("cy@example.org")), "idempotency_key_reused");
        assertThat(accolade.awards().award(AwardCommand.of(as(demo), donor.id(),
                Identity.email("ann@example.org")).underKey("batch-1"))).isInstanceOf(AwardOutcome.Awarded.class);
    }

    @Test
    void every_bad_entry_is_named_by_its_position_and_nothing_is_written() {
        Template chef = published(demo, input("Chef", true, false));

        DomainException refusal = assertRefusedWithoutChange(() -> bulk(chef, null, to("ann@example.org"),
                new BulkRecipient(Identity.email("bob@example.org"), null, null, Instant.parse("2000-01-01T00:00:00Z")),
                to("cy@example.org"),
                new BulkRecipient(Identity.email("di@example.org"), null,
                        new EvidenceInput(null, List.of("javascript:alert(1)")), null)), "expires_at_invalid");

        assertThat(refusal.fieldErrors()).extracting(FieldError::attribute)
                .containsExactly("recipients[1].expires_at", "recipients[3].links");
        assertThat(refusal.fieldErrors()).extracting(FieldError::code)
                .containsExactly("expires_at_invalid", "links_invalid");
    }

    @Test
    void a_batch_holds_one_to_a_thousand_recipients() {
        Template chef = published(demo, input("Chef", true, false));
        List<BulkRecipient> tooMany = new ArrayList<>();
        IntStream.range(0, BulkAwardCommand.MAX_RECIPIENTS + 1).forEach(i -> tooMany.add(to("r" + i + "@example.org")));

        assertRefusedWithoutChange(() -> accolade.awards().awardInBulk(new BulkAwardCommand(as(demo), chef.id(),
                tooMany, null)), "recipients_too_many");
        assertRefusedWithoutChange(() -> accolade.awards().awardInBulk(new BulkAwardCommand(as(demo), chef.id(),
                List.of(), null)), "recipients_too_few");
        assertThat(accolade.awards().awardInBulk(new BulkAwardCommand(as(demo), chef.id(),
                tooMany.subList(0, BulkAwardCommand.MAX_RECIPIENTS), null))).hasSize(BulkAwardCommand.MAX_RECIPIENTS);
    }

    @Test
    void only_the_templates_issuer_awards_in_bulk() {
        Template chef = published(demo, "Chef");
        Issuer other = issuer("other");

        assertRefusedWithoutChange(() -> accolade.awards().awardInBulk(new BulkAwardCommand(as(other), chef.id(),
                List.of(to("ann@example.org")), null)), "template_not_found");
    }
}
