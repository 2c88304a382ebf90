package dev.accolade.application.delivery;

import dev.accolade.domain.delivery.DeliveryTally;
import java.util.List;

/**
 * Tells how the outbox stands, for the server's own metrics: counts by kind and status and how long the
 * oldest pending delivery has waited. Names no issuer, target or body, so it needs no caller.
 */
public interface SummarizeDeliveriesUseCase {

    /** One tally per kind and status that has deliveries, read in one snapshot of the store. */
    List<DeliveryTally> summarizeDeliveries();
}
