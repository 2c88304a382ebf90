package dev.accolade.application.delivery;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.CallbackSenderPort;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.SecretSealerPort;
import dev.accolade.application.port.out.SendResult;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.offer.OfferRepository;
import dev.accolade.application.port.out.webhook.DeliveryRepository;
import dev.accolade.application.port.out.webhook.WebhookEndpointRepository;
import dev.accolade.application.support.CallbackSignature;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliverySource;
import dev.accolade.domain.delivery.DeliveryStatus;
import dev.accolade.domain.delivery.DeliveryTally;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.offer.OfferCallback;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Sends the outbox: claims due deliveries (leased for five minutes, longer than a round, so another
 * dispatcher leaves them alone while they are sent), signs and POSTs each outside any transaction, then
 * records the outcome, if the row still holds this claim's lease:
 * delivered, retried later with backoff and jitter, or failed after 24 h or when the address is refused.
 * An offer callback is signed with the offer's callback token, a webhook delivery with its endpoint's
 * secret; a delivery whose offer or endpoint is gone fails.
 * A dispatcher that dies mid-send, or is interrupted between sends, leaves its deliveries due again once
 * the lease ends: at least once. It also tallies the outbox, in one read-only unit, for the metrics.
 */
final class DeliveryService implements Deliveries {

    /** How many deliveries one round claims at most. */
    static final int BATCH = 20;

    /**
     * How long claimed deliveries are left alone by other dispatchers: longer than a whole round, in which
     * each of the {@link #BATCH} sends may take up to 10 s, so no delivery is sent by two at once.
     */
    static final Duration LEASE = Duration.ofMinutes(5);

    private final TransactionPort transactions;
    private final OfferRepository offers;
    private final DeliveryRepository deliveries;
    private final WebhookEndpointRepository webhooks;
    private final ClockPort clock;
    private final CallbackSenderPort sender;
    private final SecretSealerPort sealer;
    private final RetrySchedule schedule;

    DeliveryService(TransactionPort transactions, OfferRepository offers, DeliveryRepository deliveries,
            WebhookEndpointRepository webhooks, ClockPort clock, CallbackSenderPort sender, SecretSealerPort sealer,
            DoubleSupplier jitter) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.offers = requireNonNull(offers, "offers");
        this.deliveries = requireNonNull(deliveries, "deliveries");
        this.webhooks = requireNonNull(webhooks, "webhooks");
        this.clock = requireNonNull(clock, "clock");
        this.sender = requireNonNull(sender, "sender");
        this.sealer = requireNonNull(sealer, "sealer");
        this.schedule = new RetrySchedule(requireNonNull(jitter, "jitter"));
    }

    @Override
    public int dispatchDue() {
        Instant now = clock.now();
        List<Delivery> claimed = transactions.inTransaction(
                () -> deliveries.claimDue(now, now.plus(LEASE), BATCH));
        for (Delivery delivery : claimed) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            attempt(delivery);
        }
        return claimed.size();
    }

    @Override
    public List<DeliveryTally> summarizeDeliveries() {
        return transactions.readOnly(deliveries::tally);
    }

    private void attempt(Delivery delivery) {
        Optional<String> key;
        try {
            key = transactions.readOnly(() -> signingKey(delivery.source()));
        } catch (IllegalStateException unopened) {
            record(delivery, delivery.failed("the endpoint's secret does not open under this server's master key"));
            return;
        }
        SendResult result;
        if (key.isEmpty()) {
            result = SendResult.refused("the offer's callback or the webhook endpoint no longer exists");
        } else {
            long timestamp = clock.now().getEpochSecond();
            result = sender.send(delivery.target(), delivery.body(), Map.of(
                    CallbackSignature.DELIVERY_HEADER, Long.toString(delivery.id()),
                    CallbackSignature.TIMESTAMP_HEADER, Long.toString(timestamp),
                    CallbackSignature.SIGNATURE_HEADER, CallbackSignature.v1(key.get(), timestamp, delivery.body())));
        }
        record(delivery, outcome(delivery, result, clock.now()));
    }

    /**
     * Stores how an attempt went, if the delivery is still as this dispatcher claimed it: not gone (its
     * webhook endpoint deleted meanwhile) and still under this claim's lease.
     */
    private void record(Delivery claimed, Delivery outcome) {
        transactions.inTransaction(() -> {
            if (deliveries.findById(claimed.id()).filter(current -> current.status() == DeliveryStatus.PENDING
                    && current.nextAttemptAt().equals(claimed.nextAttemptAt())).isPresent()) {
                deliveries.update(outcome);
            }
            return null;
        });
    }

    /** The HMAC key of a delivery: the offer's callback token, or the endpoint's secret opened. */
    private Optional<String> signingKey(DeliverySource source) {
        if (source instanceof DeliverySource.Callback callback) {
            return offers.findById(callback.offer()).flatMap(Offer::callback).map(OfferCallback::token);
        }
        DeliverySource.Webhook webhook = (DeliverySource.Webhook) source;
        return webhooks.findById(webhook.endpoint()).map(endpoint -> sealer.open(endpoint.secret()));
    }

    private Delivery outcome(Delivery delivery, SendResult result, Instant now) {
        if (result.outcome() == SendResult.Outcome.DELIVERED) {
            return delivery.delivered();
        }
        if (result.outcome() == SendResult.Outcome.REFUSED) {
            return delivery.failed(result.detail());
        }
        return schedule.next(delivery.retryFrom(), now, delivery.attempts() + 1)
                .map(next -> delivery.retryAt(next, result.detail()))
                .orElseGet(() -> delivery.failed("gave up after 24 hours: " + result.detail()));
    }
}
