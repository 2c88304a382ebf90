package dev.accolade.adapter.out.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.out.http.RecordingReceiver.Received;
import dev.accolade.application.Accolade;
import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.offer.OfferReference;
import dev.accolade.application.support.CallbackSignature;
import dev.accolade.application.support.Pbkdf2PasswordHasher;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliveryStatus;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.template.Template;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher sending offer callbacks to a real receiver on 127.0.0.1, reached through the allow-list,
 * on the in-memory store with a clock the test moves: signatures verify, failures are retried with growing
 * delays until 24 h have passed, a refused address fails at once, and another dispatcher over the same
 * store (a restarted server) takes over.
 */
class CallbackDispatchTest extends InMemoryUseCaseTest {

    private static final AddressPolicy LOOPBACK_ALLOWED = new AddressPolicy(List.of(Cidr.parse("127.0.0.1/32")));

    private RecordingReceiver receiver;
    private Issuer demo;
    private Template chef;
    private Member ann;

    @BeforeEach
    void aReceiverAndAnOfferingTemplate() throws IOException {
        receiver = new RecordingReceiver();
        demo = issuer("demo");
        chef = published(demo, input("Chef", true, true));
        ann = member("ann@example.org");
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private Accolade dispatching(HttpCallbackSender sender) {
        return Accolade.builder().store(store).clock(clock).passwordHasher(new Pbkdf2PasswordHasher(1_000))
                .callbackSender(sender).retryJitter(() -> 1.0).build();
    }

    private Accolade dispatching() {
        return dispatching(new HttpCallbackSender(LOOPBACK_ALLOWED));
    }

    private Offer answeredOffer(String path) {
        String url = receiver.url(path);
        Offer offer = ((AwardOutcome.Offered) accolade.awards().award(AwardCommand.of(as(demo), chef.id(),
                Identity.member(ann.id())).callingBack(url))).offer();
        accolade.offers().acceptOffer(new OfferReference(as(ann), offer.id()));
        return offer;
    }

    private Delivery delivery(Offer offer) {
        return store.transactions().readOnly(() -> store.deliveries().findByOffer(offer.id())).get(0);
    }

    @Test
    void a_delivery_received_with_2xx_is_marked_delivered_and_its_signature_verifies_with_the_callback_token() {
        Offer offer = answeredOffer("/answers");
        Instant sentAround = clock.peek();

        assertThat(dispatching().deliveries().dispatchDue()).isEqualTo(1);

        Delivery delivery = delivery(offer);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(receiver.received()).singleElement().satisfies(post -> {
            assertThat(post.delivery()).isEqualTo(Long.toString(delivery.id()));
            assertThat(post.body()).isEqualTo(delivery.body()).contains("\"decision\":\"accepted\"");
            assertThat(Long.parseLong(post.timestamp())).isEqualTo(sentAround.getEpochSecond());
            String token = offer.callback().orElseThrow().token();
            assertThat(post.signature()).isEqualTo(CallbackSignature.v1(token,
                    Long.parseLong(post.timestamp()), post.body()));
        });
        assertThat(dispatching().deliveries().dispatchDue()).isZero();
    }

    @Test
    void an_error_status_is_retried_after_growing_delays_and_not_before_it_is_due() {
        Offer offer = answeredOffer("/answers");
        receiver.failNext(3);
        Accolade dispatcher = dispatching();
        List<Duration> delays = new ArrayList<>();

        for (int attempt = 1; attempt <= 3; attempt++) {
            Instant before = clock.peek();
            assertThat(dispatcher.deliveries().dispatchDue()).isEqualTo(1);
            Delivery rescheduled = delivery(offer);
            assertThat(rescheduled.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(rescheduled.lastError()).hasValueSatisfying(error -> assertThat(error).startsWith("HTTP 500"));
            Duration delay = Duration.between(before, rescheduled.nextAttemptAt());
            delays.add(delay);
            clock.advance(delay.minusSeconds(1));
            assertThat(dispatcher.deliveries().dispatchDue()).as("not yet due").isZero();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(dispatcher.deliveries().dispatchDue()).isEqualTo(1);

        assertThat(delays).allSatisfy(delay -> assertThat(delay).isBetween(Duration.ofSeconds(29),
                Duration.ofSeconds(121)));
        assertThat(delays.get(1)).isGreaterThan(delays.get(0));
        assertThat(delays.get(2)).isGreaterThan(delays.get(1));
        assertThat(delivery(offer).status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery(offer).attempts()).isEqualTo(4);
        assertThat(receiver.received()).extracting(Received::delivery)
                .containsOnly(Long.toString(delivery(offer).id())).hasSize(4);
    }

    @Test
    void a_receiver_slower_than_the_limit_is_retried_later() throws IOException {
        Offer offer;
        try (RawServer silent = RawServer.silent()) {
            String url = silent.url("/slow");
            offer = ((AwardOutcome.Offered) accolade.awards().award(AwardCommand.of(as(demo), chef.id(),
                    Identity.member(ann.id())).callingBack(url))).offer();
            accolade.offers().rejectOffer(new OfferReference(as(ann), offer.id()));
            HttpCallbackSender impatient = new HttpCallbackSender(LOOPBACK_ALLOWED, HostResolver.system(),
                    new FetchLimits(Duration.ofMillis(500), Duration.ofMillis(300), 3),
                    (SSLSocketFactory) SSLSocketFactory.getDefault());

            assertThat(dispatching(impatient).deliveries().dispatchDue()).isEqualTo(1);
        }

        Delivery delivery = delivery(offer);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.lastError()).hasValueSatisfying(error -> assertThat(error).startsWith("url_timeout"));
        assertThat(delivery.nextAttemptAt()).isAfter(delivery.createdAt());
    }

    @Test
    void a_delivery_still_failing_after_24_hours_is_marked_failed_and_never_sent_again() {
        Offer offer = answeredOffer("/answers");
        receiver.failNext(Integer.MAX_VALUE);
        Accolade dispatcher = dispatching();
        Instant created = delivery(offer).createdAt();

        while (delivery(offer).status() == DeliveryStatus.PENDING) {
            clock.advance(Duration.between(clock.peek(), delivery(offer).nextAttemptAt()).plusMillis(1));
            assertThat(dispatcher.deliveries().dispatchDue()).isEqualTo(1);
        }

        Delivery failed = delivery(offer);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.lastError()).hasValueSatisfying(error -> assertThat(error).startsWith("gave up"));
        assertThat(clock.peek()).isBefore(created.plus(Duration.ofHours(25)));
        assertThat(clock.peek()).isAfter(created.plus(Duration.ofHours(23)));
        assertThat(receiver.received()).hasSize(failed.attempts());
        clock.advance(Duration.ofDays(2));
        assertThat(dispatcher.deliveries().dispatchDue()).isZero();
    }

    @Test
    void a_delivery_to_a_refused_address_fails_at_once_without_a_connection() {
        Offer offer = answeredOffer("/answers");

        assertThat(dispatching(new HttpCallbackSender(AddressPolicy.strict())).deliveries().dispatchDue()).isEqualTo(1);

        Delivery delivery = delivery(offer);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.lastError())
                .hasValueSatisfying(error -> assertThat(error).startsWith("url_address_refused"));
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void a_delivery_left_pending_by_one_dispatcher_is_sent_with_the_same_id_by_another_over_the_same_store() {
        Offer offer = answeredOffer("/answers");
        receiver.failNext(1);
        dispatching().deliveries().dispatchDue();
        clock.advance(Duration.ofMinutes(2));

        Accolade restarted = dispatching();
        assertThat(restarted.deliveries().dispatchDue()).isEqualTo(1);

        assertThat(delivery(offer).status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(receiver.received()).extracting(Received::delivery).containsExactly(
                Long.toString(delivery(offer).id()),
                Long.toString(delivery(offer).id()));
    }
}
