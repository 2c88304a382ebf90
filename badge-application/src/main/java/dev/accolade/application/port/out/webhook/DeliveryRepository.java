package dev.accolade.application.port.out.webhook;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliveryTally;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.webhook.WebhookEndpointId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox of outgoing deliveries. Claiming is safe between dispatchers sharing one database: two
 * units of work claiming at the same time never both get one row (PostgreSQL skips rows another unit
 * has locked; H2 and memory run writers one at a time).
 */
public interface DeliveryRepository {

    /** Adds a new delivery. */
    void insert(Delivery delivery);

    /** Adds new deliveries as one batch. */
    void insertAll(List<Delivery> deliveries);

    /**
     * Adds a new delivery that later ones with the same {@code key} (to the same endpoint) may be coalesced
     * into while it waits, see {@link #coalesce}.
     */
    void insertCoalescing(Delivery delivery, String key);

    /**
     * Replaces the body of the delivery to {@code endpoint} inserted under {@code key} that is still waiting:
     * pending, never attempted and not claimed (due at {@code now}); false, changing nothing, when there is none.
     * Atomic with claiming: a delivery a dispatcher has claimed is never changed under it.
     */
    boolean coalesce(WebhookEndpointId endpoint, String key, String body, Instant now);

    /** Replaces a stored delivery. */
    void update(Delivery delivery);

    /** The delivery with this id. */
    Optional<Delivery> findById(long id);

    /** The deliveries reporting on an offer, oldest first. */
    List<Delivery> findByOffer(OfferId offer);

    /** One page of the deliveries to a webhook endpoint, newest first (by id; the cursor key is empty). */
    Page<Delivery> findByEndpoint(WebhookEndpointId endpoint, PageRequest page);

    /** Removes every delivery to a webhook endpoint, whatever its status. */
    void deleteByEndpoint(WebhookEndpointId endpoint);

    /**
     * Up to {@code limit} pending deliveries due at {@code now}, earliest first, each stored again as due
     * only at {@code leaseUntil}, so that no other dispatcher claims it while this one sends it.
     */
    List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit);

    /**
     * One tally per kind and status that has deliveries, in no particular order: how many, and for pending
     * ones the earliest start of a retry window. Reads the whole outbox; callers keep the answer a while.
     */
    List<DeliveryTally> tally();
}
