package dev.accolade.adapter.out.memory;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.port.out.issuer.IssuerRepository;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.IssuerSlug;
import dev.accolade.domain.member.MemberId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Issuers in memory; slugs unique. */
final class InMemoryIssuerRepository implements IssuerRepository {

    private static final Unique<Issuer> SLUG = new Unique<>("issuer_slug_taken", "The slug is already taken.",
            issuer -> Optional.of(issuer.slug()));
    private static final SortKey<Issuer, Instant> OLDEST_FIRST = SortKey.byTime(Issuer::createdAt,
            issuer -> issuer.id().value());

    private final InMemoryDatabase database;
    private final Table<IssuerId, Issuer> table;

    InMemoryIssuerRepository(InMemoryDatabase database) {
        this.database = database;
        this.table = Tables.byId(database, Issuer::id, List.of(SLUG));
    }

    @Override
    public void insert(Issuer issuer) {
        database.write(() -> table.insert(issuer));
    }

    @Override
    public void updateProfile(Issuer issuer) {
        database.write(() -> table.get(issuer.id())
                .ifPresent(stored -> table.update(stored.withProfile(issuer.profile()))));
    }

    @Override
    public int pinCredentials(WebUrl base) {
        return database.inTransaction(() -> {
            List<Issuer> unpinned = table.rows().filter(issuer -> issuer.credentialBase().isEmpty()).toList();
            unpinned.forEach(issuer -> table.update(issuer.pinCredentialsTo(base)));
            return unpinned.size();
        });
    }

    @Override
    public Set<WebUrl> credentialBases() {
        return database.read(() -> table.rows().flatMap(issuer -> issuer.credentialBase().stream())
                .collect(Collectors.toSet()));
    }

    @Override
    public Optional<Issuer> findById(IssuerId id) {
        return database.read(() -> table.get(id));
    }

    @Override
    public Optional<Issuer> findBySlug(IssuerSlug slug) {
        return database.read(() -> table.findUnique(SLUG, slug));
    }

    @Override
    public List<Issuer> findByOwner(MemberId owner) {
        return database.read(() -> table.rows().filter(issuer -> issuer.isOwnedBy(owner))
                .sorted(Comparator.comparing(Issuer::createdAt).thenComparingLong(i -> i.id().value())).toList());
    }

    @Override
    public Page<Issuer> list(PageRequest page) {
        return database.read(() -> OLDEST_FIRST.page(table.rows().toList(), SortDirection.ASC, page));
    }
}
