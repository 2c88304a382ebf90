package dev.accolade.adapter.out.memory;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.port.out.webhook.DeliveryRepository;
import dev.accolade.domain.delivery.Delivery;
import dev.accolade.domain.delivery.DeliverySource;
import dev.accolade.domain.delivery.DeliveryStatus;
import dev.accolade.domain.delivery.DeliveryTally;
import dev.accolade.domain.offer.OfferId;
import dev.accolade.domain.webhook.WebhookEndpointId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The outbox in memory; transactions run one writer at a time, so two claims never share a row. */
final class InMemoryDeliveryRepository implements DeliveryRepository {

    private static final SortKey<Delivery, String> BY_ID = SortKey.byId(Delivery::id);

    private final InMemoryDatabase database;
    private final Table<Long, Delivery> table;
    private final Table<Long, CoalescingKey> keys;

    InMemoryDeliveryRepository(InMemoryDatabase database) {
        this.database = database;
        this.table = new Table<>(database, Delivery::id, "delivery_exists", "The delivery already exists.",
                List.of());
        this.keys = new Table<>(database, CoalescingKey::delivery, "delivery_exists", "The delivery already exists.",
                List.of());
    }

    /** The key a delivery was inserted under, for coalescing. */
    private record CoalescingKey(long delivery, WebhookEndpointId endpoint, String key) {
    }

    @Override
    public void insertCoalescing(Delivery delivery, String key) {
        DeliverySource.Webhook webhook = (DeliverySource.Webhook) delivery.source();
        database.write(() -> {
            table.insert(delivery);
            keys.insert(new CoalescingKey(delivery.id(), webhook.endpoint(), key));
        });
    }

    @Override
    public boolean coalesce(WebhookEndpointId endpoint, String key, String body, Instant now) {
        Optional<Delivery> waiting = database.read(() -> keys.rows()
                .filter(row -> row.endpoint().equals(endpoint) && row.key().equals(key))
                .flatMap(row -> table.get(row.delivery()).stream())
                .filter(delivery -> delivery.status() == DeliveryStatus.PENDING && delivery.attempts() == 0
                        && !delivery.nextAttemptAt().isAfter(now))
                .findFirst());
        waiting.ifPresent(delivery -> database.write(() -> table.update(new Delivery(delivery.id(), delivery.source(),
                delivery.target(), body, 0, delivery.createdAt(), delivery.retryFrom(), delivery.nextAttemptAt(),
                delivery.status(), delivery.lastError()))));
        return waiting.isPresent();
    }

    @Override
    public void insert(Delivery delivery) {
        database.write(() -> table.insert(delivery));
    }

    @Override
    public void insertAll(List<Delivery> deliveries) {
        database.write(() -> deliveries.forEach(table::insert));
    }

    @Override
    public void update(Delivery delivery) {
        database.write(() -> table.update(delivery));
    }

    @Override
    public Optional<Delivery> findById(long id) {
        return database.read(() -> table.get(id));
    }

    @Override
    public List<Delivery> findByOffer(OfferId offer) {
        DeliverySource callback = new DeliverySource.Callback(offer);
        return database.read(() -> table.rows().filter(delivery -> delivery.source().equals(callback))
                .sorted(Comparator.comparingLong(Delivery::id)).toList());
    }

    @Override
    public Page<Delivery> findByEndpoint(WebhookEndpointId endpoint, PageRequest page) {
        return database.read(() -> BY_ID.page(table.rows().filter(delivery -> isTo(endpoint, delivery)).toList(),
                SortDirection.DESC, page));
    }

    @Override
    public void deleteByEndpoint(WebhookEndpointId endpoint) {
        database.write(() -> {
            table.rows().filter(delivery -> isTo(endpoint, delivery)).map(Delivery::id).toList()
                    .forEach(table::delete);
            keys.rows().filter(row -> row.endpoint().equals(endpoint)).map(CoalescingKey::delivery).toList()
                    .forEach(keys::delete);
        });
    }

    @Override
    public List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        List<Delivery> due = database.read(() -> table.rows()
                .filter(delivery -> delivery.status() == DeliveryStatus.PENDING)
                .filter(delivery -> !delivery.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(Delivery::nextAttemptAt).thenComparingLong(Delivery::id))
                .limit(limit).toList());
        List<Delivery> claimed = due.stream().map(delivery -> delivery.leasedUntil(leaseUntil)).toList();
        database.write(() -> claimed.forEach(table::update));
        return claimed;
    }

    @Override
    public List<DeliveryTally> tally() {
        Map<Map.Entry<DeliverySource.Kind, DeliveryStatus>, List<Delivery>> groups = database.read(() -> table.rows()
                .collect(Collectors.groupingBy(delivery -> Map.entry(delivery.source().kind(), delivery.status()))));
        return groups.entrySet().stream().map(group -> tally(group.getKey().getKey(), group.getKey().getValue(),
                group.getValue())).toList();
    }

    private static DeliveryTally tally(DeliverySource.Kind kind, DeliveryStatus status, List<Delivery> deliveries) {
        Optional<Instant> waitingSince = status != DeliveryStatus.PENDING ? Optional.empty()
                : deliveries.stream().map(Delivery::retryFrom).min(Comparator.naturalOrder());
        return new DeliveryTally(kind, status, deliveries.size(), waitingSince);
    }

    private static boolean isTo(WebhookEndpointId endpoint, Delivery delivery) {
        return delivery.source() instanceof DeliverySource.Webhook webhook && webhook.endpoint().equals(endpoint);
    }
}
