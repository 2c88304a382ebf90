package dev.accolade.application.webhook;

import dev.accolade.domain.delivery.Delivery;

/**
 * Queues a delivered or failed webhook delivery again, with the same id and body, so that a receiver
 * that lost it, or was down for more than 24 hours, gets it; {@code delivery_pending} while it is queued.
 */
public interface RedeliverUseCase {

    /** The delivery as queued again. */
    Delivery redeliver(RedeliverCommand command);
}
