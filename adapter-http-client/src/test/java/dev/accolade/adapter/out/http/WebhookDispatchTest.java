package dev.accolade.adapter.out.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.out.http.RecordingReceiver.Received;
import dev.accolade.application.Accolade;
import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.support.Pbkdf2PasswordHasher;
import dev.accolade.application.webhook.CreatedWebhook;
import dev.accolade.application.webhook.RedeliverCommand;
import dev.accolade.application.webhook.RegisterWebhookCommand;
import dev.accolade.application.webhook.WebhookCommand;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliveryStatus;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.template.Template;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher sending webhook deliveries to a real receiver on 127.0.0.1, reached through the
 * allow-list, with a clock the test moves: signed with the endpoint's secret, retried with the same id
 * until received, signed with a new secret once it is replaced, and sent again on redelivery.
 */
class WebhookDispatchTest extends InMemoryUseCaseTest {

    private static final AddressPolicy LOOPBACK_ALLOWED = new AddressPolicy(List.of(Cidr.parse("127.0.0.1/32")));

    private RecordingReceiver receiver;
    private Accolade dispatcher;
    private Issuer demo;
    private Template chef;
    private Member ann;

    @BeforeEach
    void aReceiverAnEndpointAndATemplate() throws IOException {
        receiver = new RecordingReceiver();
        dispatcher = Accolade.builder().store(store).clock(clock).passwordHasher(new Pbkdf2PasswordHasher(1_000))
                .callbackSender(new HttpCallbackSender(LOOPBACK_ALLOWED)).retryJitter(() -> 1.0).build();
        demo = issuer("demo");
        chef = published(demo, input("Chef", true, false));
        ann = member("ann@example.org");
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private CreatedWebhook endpoint() {
        return endpoint("/hooks");
    }

    private CreatedWebhook endpoint(String path) {
        return dispatcher.webhooks().registerWebhook(new RegisterWebhookCommand(as(demo), demo.id(), receiver.url(path),
                List.of("award.granted")));
    }

    private void grant() {
        accolade.awards().award(AwardCommand.of(as(demo), chef.id(), Identity.member(ann.id())));
    }

    private Delivery only(CreatedWebhook webhook) {
        return store.transactions().readOnly(() -> store.deliveries()
                .findByEndpoint(webhook.endpoint().id(), PageRequest.first()).items()).get(0);
    }

    private void dispatchWhenDue(Delivery delivery) {
        clock.advance(Duration.between(clock.peek(), delivery.nextAttemptAt()).plusMillis(1));
        assertThat(dispatcher.deliveries().dispatchDue()).isEqualTo(1);
    }

    @Test
    void a_delivery_is_signed_with_the_endpoints_secret_and_marked_delivered() {
        CreatedWebhook webhook = endpoint();
        grant();

        assertThat(dispatcher.deliveries().dispatchDue()).isEqualTo(1);

        Delivery delivery = only(webhook);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(receiver.received()).singleElement().satisfies(post -> {
            assertThat(post.delivery()).isEqualTo(Long.toString(delivery.id()));
            assertThat(post.body()).isEqualTo(delivery.body()).startsWith("{\"event\":\"award.granted\"");
            assertThat(post.signedWith(webhook.secret())).isTrue();
        });
    }

    @Test
    void a_receiver_that_fails_five_times_then_succeeds_gets_the_delivery_with_the_same_id_each_time() {
        CreatedWebhook webhook = endpoint();
        grant();
        receiver.failNext(5);

        assertThat(dispatcher.deliveries().dispatchDue()).isEqualTo(1);
        for (int retry = 0; retry < 5; retry++) {
            dispatchWhenDue(only(webhook));
        }

        Delivery delivered = only(webhook);
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(6);
        assertThat(receiver.received()).hasSize(6).extracting(Received::delivery)
                .containsOnly(Long.toString(delivered.id()));
        assertThat(receiver.received()).allSatisfy(post -> assertThat(post.signedWith(webhook.secret())).isTrue());
    }

    @Test
    void a_retry_after_the_secret_is_replaced_is_signed_with_the_new_one() {
        CreatedWebhook webhook = endpoint();
        grant();
        receiver.failNext(1);
        dispatcher.deliveries().dispatchDue();

        CreatedWebhook rotated = dispatcher.webhooks().rotateWebhookSecret(
                new WebhookCommand(as(demo), demo.id(), webhook.endpoint().id()));
        dispatchWhenDue(only(webhook));

        assertThat(receiver.received()).hasSize(2);
        assertThat(receiver.received().get(0).signedWith(webhook.secret())).isTrue();
        assertThat(receiver.received().get(1).signedWith(rotated.secret())).isTrue();
        assertThat(receiver.received().get(1).signedWith(webhook.secret())).isFalse();
    }

    @Test
    void a_redelivered_delivery_is_sent_again_with_its_id_and_body() {
        CreatedWebhook webhook = endpoint();
        grant();
        dispatcher.deliveries().dispatchDue();
        Delivery delivered = only(webhook);

        dispatcher.webhooks().redeliver(new RedeliverCommand(as(demo), demo.id(), webhook.endpoint().id(),
                delivered.id()));
        assertThat(dispatcher.deliveries().dispatchDue()).isEqualTo(1);

        assertThat(receiver.received()).hasSize(2).extracting(Received::delivery, Received::body)
                .containsOnly(Tuple.tuple(Long.toString(delivered.id()), delivered.body()));
        assertThat(only(webhook).status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void an_endpoint_deleted_while_its_delivery_is_sent_takes_the_delivery_with_it_and_the_round_goes_on() {
        CreatedWebhook deleted = endpoint("/deleted");
        CreatedWebhook kept = endpoint("/kept");
        grant();
        WebhookCommand delete = new WebhookCommand(as(demo), demo.id(), deleted.endpoint().id());
        receiver.beforeAnswering(() -> {
            if (receiver.received().size() == 1) {
                dispatcher.webhooks().deleteWebhook(delete);
            }
        });

        assertThat(dispatcher.deliveries().dispatchDue()).isEqualTo(2);

        assertThat(receiver.received()).hasSize(2);
        assertThat(store.transactions().readOnly(() -> store.deliveries()
                .findByEndpoint(deleted.endpoint().id(), PageRequest.first()).items())).isEmpty();
        assertThat(only(kept).status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void an_outcome_is_not_written_over_a_claim_another_dispatcher_took_meanwhile() {
        CreatedWebhook webhook = endpoint();
        grant();
        Instant othersLease = clock.peek().plus(Duration.ofHours(1));
        receiver.beforeAnswering(() -> store.transactions().inTransaction(() -> {
            store.deliveries().update(only(webhook).leasedUntil(othersLease));
            return null;
        }));

        assertThat(dispatcher.deliveries().dispatchDue()).isEqualTo(1);

        Delivery stillTheOthers = only(webhook);
        assertThat(stillTheOthers.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(stillTheOthers.nextAttemptAt()).isEqualTo(othersLease);
        assertThat(stillTheOthers.attempts()).isZero();
    }

    @Test
    void an_interrupted_round_finishes_its_send_in_flight_and_leaves_the_rest_of_its_claim_for_later() {
        CreatedWebhook first = endpoint("/first");
        CreatedWebhook second = endpoint("/second");
        grant();
        Thread dispatching = Thread.currentThread();
        receiver.beforeAnswering(dispatching::interrupt);

        try {
            assertThat(dispatcher.deliveries().dispatchDue()).isEqualTo(2);
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt was kept").isTrue();
        }

        assertThat(receiver.received()).hasSize(1);
        assertThat(only(first).status()).isEqualTo(DeliveryStatus.DELIVERED);
        Delivery leftOver = only(second);
        assertThat(leftOver.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(leftOver.attempts()).isZero();
        assertThat(leftOver.nextAttemptAt()).isAfter(clock.peek().plus(Duration.ofMinutes(4)));
    }
}
