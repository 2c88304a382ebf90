package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.member.IdentityClaimRepository;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.identity.IdentityClaim;
import dev.accolade.domain.member.MemberId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Identity claims in memory, keyed by the identity's canonical form. */
final class InMemoryIdentityClaimRepository implements IdentityClaimRepository {

    private final InMemoryDatabase database;
    private final Table<String, IdentityClaim> table;

    InMemoryIdentityClaimRepository(InMemoryDatabase database) {
        this.database = database;
        this.table = new Table<>(database, claim -> claim.identity().key(),
                "identity_already_claimed", "The identity is already claimed.", List.of());
    }

    @Override
    public void insert(IdentityClaim claim) {
        database.write(() -> table.insert(claim));
    }

    @Override
    public Optional<IdentityClaim> findByIdentity(Identity identity) {
        return database.read(() -> table.get(identity.key()));
    }

    @Override
    public List<IdentityClaim> findByIdentities(Collection<Identity> identities) {
        return database.read(() -> identities.stream().map(Identity::key).distinct()
                .flatMap(key -> table.get(key).stream()).toList());
    }

    @Override
    public List<IdentityClaim> findByMember(MemberId member) {
        return database.read(() -> table.rows().filter(claim -> claim.member().equals(member))
                .sorted(Comparator.comparing(IdentityClaim::claimedAt).thenComparing(c -> c.identity().key()))
                .toList());
    }
}
