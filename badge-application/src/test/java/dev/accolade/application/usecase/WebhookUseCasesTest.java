package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.award.RevokeAwardCommand;
import dev.accolade.application.offer.OfferReference;
import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.out.award.AwardQuery;
import dev.accolade.application.request.RejectRequestCommand;
import dev.accolade.application.request.RequestAwardCommand;
import dev.accolade.application.request.RequestReference;
import dev.accolade.application.webhook.CreatedWebhook;
import dev.accolade.application.webhook.ListWebhooksQuery;
import dev.accolade.application.webhook.RedeliverCommand;
import dev.accolade.application.webhook.RegisterWebhookCommand;
import dev.accolade.application.webhook.WebhookCommand;
import dev.accolade.application.webhook.WebhookDeliveriesQuery;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliverySource;
import dev.accolade.domain.delivery.DeliveryStatus;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.event.AwardGranted;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.webhook.WebhookEndpoint;
import dev.accolade.domain.webhook.WebhookEndpointId;
import dev.accolade.domain.webhook.WebhookEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhook endpoints and the outbox half of their deliveries: registration with a secret shown once,
 * ownership, limits, one delivery per receiving endpoint written in the unit of work of the change,
 * the delivery log and manual redelivery.
 */
public abstract class WebhookUseCasesTest extends UseCaseTest {

    private static final String URL = "https://receiver.example/hooks";

    private Issuer demo;
    private Issuer other;
    private Member ann;

    @BeforeEach
    void twoIssuersAndAMember() {
        demo = issuer("demo");
        other = issuer("other");
        ann = member("ann@example.org");
    }

    private CreatedWebhook register(Issuer issuer, String... events) {
        return accolade.webhooks().registerWebhook(new RegisterWebhookCommand(as(issuer), issuer.id(), URL,
                List.of(events)));
    }

    private List<Delivery> deliveries(CreatedWebhook webhook) {
        return store.transactions().readOnly(
                () -> store.deliveries().findByEndpoint(webhook.endpoint().id(), PageRequest.first(100)).items());
    }

    private List<WebhookEvent> eventsOf(CreatedWebhook webhook) {
        return deliveries(webhook).stream().map(d -> ((DeliverySource.Webhook) d.source()).event()).toList();
    }

    private Award grant(Template template, Member member) {
        return ((AwardOutcome.Awarded) accolade.awards().award(AwardCommand.of(as(demo), template.id(),
                Identity.member(member.id())))).award();
    }

    private Offer offer(Template template) {
        return ((AwardOutcome.Offered) accolade.awards().award(AwardCommand.of(as(demo), template.id(),
                Identity.member(ann.id())))).offer();
    }

    @Test
    void registering_shows_a_new_secret_once_and_stores_it_only_sealed() {
        CreatedWebhook created = register(demo, "award.granted", "template.published", "award.granted");

        assertThat(created.secret()).startsWith("whsec_").hasSize(46);
        assertThat(created.endpoint().events()).containsExactly(WebhookEvent.AWARD_GRANTED,
                WebhookEvent.TEMPLATE_PUBLISHED);
        WebhookEndpoint stored = store.transactions().readOnly(
                () -> store.webhooks().findById(created.endpoint().id()).orElseThrow());
        assertThat(stored).isEqualTo(created.endpoint());
        assertThat(stored.secret().value()).doesNotContain(created.secret().substring(6));
        assertThat(created.toString()).doesNotContain(created.secret());
        assertThat(register(demo, "award.granted").secret()).isNotEqualTo(created.secret());
    }

    @Test
    void the_issuer_lists_and_reads_its_own_endpoints_and_no_one_elses() {
        CreatedWebhook first = register(demo, "award.granted");
        CreatedWebhook second = register(demo, "offer.accepted");
        CreatedWebhook others = register(other, "award.granted");

        assertThat(accolade.webhooks().listWebhooks(new ListWebhooksQuery(as(demo), demo.id())))
                .containsExactly(first.endpoint(), second.endpoint());
        assertThat(accolade.webhooks().listWebhooks(new ListWebhooksQuery(operator, demo.id())))
                .containsExactly(first.endpoint(), second.endpoint());
        assertThat(accolade.webhooks().getWebhook(new WebhookCommand(as(demo), demo.id(), first.endpoint().id())))
                .isEqualTo(first.endpoint());
        assertRefused(() -> accolade.webhooks().getWebhook(new WebhookCommand(as(demo), demo.id(),
                others.endpoint().id())),
                "webhook_not_found", ErrorCategory.NOT_FOUND);
        assertRefused(() -> accolade.webhooks().getWebhook(new WebhookCommand(as(demo), other.id(),
                others.endpoint().id())),
                "issuer_forbidden");
        assertRefused(() -> accolade.webhooks().listWebhooks(new ListWebhooksQuery(as(ann), demo.id())),
                "issuer_forbidden");
        assertRefused(() -> accolade.webhooks().listWebhooks(new ListWebhooksQuery(anonymous, demo.id())),
                "authentication_required");
    }

    @Test
    void bad_registrations_are_refused_and_store_nothing() {
        assertRefused(() -> register(demo, "award.granted", "award.exploded"), "events_unknown",
                ErrorCategory.INVALID);
        assertRefused(() -> register(demo), "events_too_few", ErrorCategory.INVALID);
        assertRefused(() -> accolade.webhooks().registerWebhook(new RegisterWebhookCommand(as(demo), demo.id(),
                "ftp://receiver.example/", List.of("award.granted"))), "url_invalid", ErrorCategory.INVALID);
        assertRefused(() -> accolade.webhooks().registerWebhook(new RegisterWebhookCommand(as(other), demo.id(), URL,
                List.of("award.granted"))), "issuer_forbidden");

        assertThat(accolade.webhooks().listWebhooks(new ListWebhooksQuery(operator, demo.id()))).isEmpty();
    }

    @Test
    void an_issuer_has_at_most_ten_endpoints() {
        for (int i = 0; i < 10; i++) {
            register(demo, "award.granted");
        }

        assertRefused(() -> register(demo, "award.granted"), "webhook_limit_reached", ErrorCategory.RULE_VIOLATION);
        assertThat(accolade.webhooks().listWebhooks(new ListWebhooksQuery(operator, demo.id()))).hasSize(10);
        assertThat(register(other, "award.granted").endpoint().issuer()).isEqualTo(other.id());
    }

    @Test
    void an_award_writes_one_delivery_to_each_endpoint_of_its_issuer_that_receives_it() {
        CreatedWebhook awards = register(demo, "award.granted");
        CreatedWebhook templates = register(demo, "template.published");
        CreatedWebhook othersAwards = register(other, "award.granted");
        Template chef = published(demo, "Chef");

        Award award = grant(chef, ann);

        assertThat(deliveries(awards)).singleElement().satisfies(delivery -> {
            assertThat(delivery.source()).isEqualTo(
                    new DeliverySource.Webhook(awards.endpoint().id(), WebhookEvent.AWARD_GRANTED));
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(delivery.target().value()).isEqualTo(URL);
            assertThat(delivery.body()).isEqualTo("{\"event\":\"award.granted\",\"occurred_at\":\""
                    + delivery.createdAt() + "\",\"issuer_id\":" + demo.id() + ",\"data\":{\"award_id\":" + award.id()
                    + ",\"template_id\":" + chef.id() + ",\"recipient\":\"member:" + ann.id()
                    + "\",\"holder_member_id\":" + ann.id() + ",\"awarded_at\":\"" + award.awardedAt()
                    + "\",\"source\":\"direct\"}}");
        });
        assertThat(eventsOf(templates)).containsExactly(WebhookEvent.TEMPLATE_PUBLISHED);
        assertThat(deliveries(othersAwards)).isEmpty();
    }

    @Test
    void answering_offers_and_requests_and_revoking_are_each_reported() {
        CreatedWebhook all = register(demo, "award.granted", "award.revoked", "offer.accepted", "offer.rejected",
                "request.answered", "template.published");
        Template offered = published(demo, input("Offered", true, true));
        Template requested = published(demo, input("Requested", true, false));

        accolade.offers().acceptOffer(new OfferReference(as(ann), offer(offered).id()));
        accolade.offers().rejectOffer(new OfferReference(as(ann), offer(offered).id()));
        accolade.offers().cancelOffer(new OfferReference(as(demo), offer(offered).id()));
        AwardRequest first = accolade.requests().requestAward(new RequestAwardCommand(as(ann), requested.id(),
                "please", null));
        accolade.requests().rejectRequest(new RejectRequestCommand(as(demo), first.id(), "not yet"));
        AwardRequest second = accolade.requests().requestAward(new RequestAwardCommand(as(ann), requested.id(),
                "again", null));
        Award fromRequest = ((AwardOutcome.Awarded) accolade.requests().acceptRequest(
                new RequestReference(as(demo), second.id()))).award();
        accolade.awards().revokeAward(new RevokeAwardCommand(as(demo), fromRequest.id(), "a mistake"));

        assertThat(eventsOf(all)).containsExactlyInAnyOrder(WebhookEvent.TEMPLATE_PUBLISHED,
                WebhookEvent.TEMPLATE_PUBLISHED, WebhookEvent.OFFER_ACCEPTED, WebhookEvent.AWARD_GRANTED,
                WebhookEvent.OFFER_REJECTED, WebhookEvent.REQUEST_ANSWERED, WebhookEvent.REQUEST_ANSWERED,
                WebhookEvent.AWARD_GRANTED, WebhookEvent.AWARD_REVOKED);
        assertThat(bodyOf(all, WebhookEvent.AWARD_REVOKED)).contains("\"award_id\":" + fromRequest.id(),
                "\"revocation_reason\":\"a mistake\"", "\"source\":\"request\"");
        assertThat(bodyOf(all, WebhookEvent.OFFER_REJECTED)).contains("\"status\":\"rejected\"");
        assertThat(deliveries(all).stream().map(Delivery::body)
                .filter(body -> body.contains("\"event\":\"request.answered\"")))
                .anySatisfy(body -> assertThat(body).contains("\"status\":\"rejected\"",
                        "\"rejection_reason\":\"not yet\"", "\"request_id\":" + first.id()))
                .anySatisfy(body -> assertThat(body).contains("\"status\":\"accepted\"",
                        "\"rejection_reason\":null"));
    }

    private String bodyOf(CreatedWebhook webhook, WebhookEvent event) {
        return deliveries(webhook).stream()
                .filter(d -> ((DeliverySource.Webhook) d.source()).event() == event).findFirst().orElseThrow().body();
    }

    @Test
    void a_failure_later_in_the_same_unit_of_work_rolls_back_the_change_and_its_deliveries() {
        CreatedWebhook awards = register(demo, "award.granted");
        Template chef = published(demo, "Chef");

        assertThatThrownBy(() -> store.transactions().inTransaction(() -> {
            grant(chef, ann);
            throw new IllegalStateException("a failure after the write");
        })).hasMessage("a failure after the write");

        assertThat(deliveries(awards)).isEmpty();
        assertThat(delivered(AwardGranted.class)).isEmpty();
        assertThat(store.transactions().readOnly(() -> store.awards().find(AwardQuery.all(), PageRequest.first())
                .items())).isEmpty();
    }

    @Test
    void deleting_an_endpoint_removes_it_and_its_log_and_stops_its_deliveries() {
        CreatedWebhook awards = register(demo, "award.granted");
        CreatedWebhook kept = register(demo, "award.granted");
        grant(published(demo, "Chef"), ann);
        WebhookCommand delete = new WebhookCommand(as(demo), demo.id(), awards.endpoint().id());

        assertRefused(() -> accolade.webhooks().deleteWebhook(new WebhookCommand(as(other), other.id(),
                awards.endpoint().id())),
                "webhook_not_found");
        accolade.webhooks().deleteWebhook(delete);

        assertRefused(() -> accolade.webhooks().getWebhook(delete), "webhook_not_found");
        assertRefused(() -> accolade.webhooks().deleteWebhook(delete), "webhook_not_found");
        assertThat(deliveries(awards)).isEmpty();
        assertThat(deliveries(kept)).hasSize(1);
    }

    @Test
    void rotating_a_secret_shows_the_new_one_once_and_keeps_the_rest() {
        CreatedWebhook created = register(demo, "award.granted");

        CreatedWebhook rotated = accolade.webhooks().rotateWebhookSecret(
                new WebhookCommand(as(demo), demo.id(), created.endpoint().id()));

        assertThat(rotated.secret()).startsWith("whsec_").isNotEqualTo(created.secret());
        assertThat(rotated.endpoint().secret()).isNotEqualTo(created.endpoint().secret());
        assertThat(rotated.endpoint().withSecret(created.endpoint().secret())).isEqualTo(created.endpoint());
        assertThat(accolade.webhooks().getWebhook(new WebhookCommand(as(demo), demo.id(), created.endpoint().id())))
                .isEqualTo(rotated.endpoint());
    }

    @Test
    void the_delivery_log_pages_newest_first_for_the_issuer_only() {
        CreatedWebhook awards = register(demo, "award.granted");
        Template chef = published(demo, input("Chef", true, false));
        for (int i = 0; i < 3; i++) {
            grant(chef, ann);
        }

        Page<Delivery> first = accolade.webhooks().listWebhookDeliveries(new WebhookDeliveriesQuery(as(demo), demo.id(),
                awards.endpoint().id(), PageRequest.first(2)));
        Page<Delivery> second = accolade.webhooks().listWebhookDeliveries(new WebhookDeliveriesQuery(as(demo),
                demo.id(),
                awards.endpoint().id(), PageRequest.after(first.next().orElseThrow(), 2)));

        assertThat(first.items()).hasSize(2);
        assertThat(second.items()).hasSize(1);
        assertThat(second.hasNext()).isFalse();
        assertThat(first.items().get(0).id()).isGreaterThan(first.items().get(1).id());
        assertThat(first.items().get(1).id()).isGreaterThan(second.items().get(0).id());
        assertRefused(() -> accolade.webhooks().listWebhookDeliveries(new WebhookDeliveriesQuery(as(demo), demo.id(),
                new WebhookEndpointId(awards.endpoint().id().value() + 1000), PageRequest.first())),
                "webhook_not_found");
    }

    @Test
    void a_sent_or_failed_delivery_is_queued_again_with_its_id_and_a_fresh_retry_window() {
        CreatedWebhook awards = register(demo, "award.granted");
        grant(published(demo, "Chef"), ann);
        Delivery pending = deliveries(awards).get(0);
        RedeliverCommand again = new RedeliverCommand(as(demo), demo.id(), awards.endpoint().id(), pending.id());
        assertRefused(() -> accolade.webhooks().redeliver(again), "delivery_pending", ErrorCategory.CONFLICT);
        store.transactions().inTransaction(() -> {
            store.deliveries().update(pending.retryAt(pending.nextAttemptAt(), "HTTP 500").failed("HTTP 500"));
            return null;
        });
        clock.advance(Duration.ofDays(2));
        Instant redeliveredAt = clock.peek();

        Delivery queued = accolade.webhooks().redeliver(again);

        assertThat(queued.id()).isEqualTo(pending.id());
        assertThat(queued.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(queued.attempts()).isZero();
        assertThat(queued.retryFrom()).isEqualTo(redeliveredAt);
        assertThat(queued.nextAttemptAt()).isEqualTo(redeliveredAt);
        assertThat(queued.body()).isEqualTo(pending.body());
        assertThat(deliveries(awards)).containsExactly(queued);
    }

    @Test
    void redelivery_finds_only_the_endpoints_own_webhook_deliveries() {
        CreatedWebhook awards = register(demo, "award.granted");
        CreatedWebhook others = register(other, "template.published");
        published(other, "Theirs");
        long theirs = deliveries(others).get(0).id();

        assertRefused(() -> accolade.webhooks().redeliver(new RedeliverCommand(as(demo), demo.id(),
                awards.endpoint().id(),
                theirs)), "delivery_not_found", ErrorCategory.NOT_FOUND);
        assertRefused(() -> accolade.webhooks().redeliver(new RedeliverCommand(as(demo), demo.id(),
                others.endpoint().id(),
                theirs)), "webhook_not_found", ErrorCategory.NOT_FOUND);
        assertRefused(() -> accolade.webhooks().redeliver(new RedeliverCommand(as(demo), demo.id(),
                awards.endpoint().id(),
                theirs + 1000)), "delivery_not_found");
    }
}
