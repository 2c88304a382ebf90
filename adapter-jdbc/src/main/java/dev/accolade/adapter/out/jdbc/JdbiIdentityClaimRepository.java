package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.member.IdentityClaimRepository;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.identity.IdentityClaim;
import dev.accolade.domain.member.MemberId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** Claims on identities in the {@code identity_claim} table, keyed by the identity. */
final class JdbiIdentityClaimRepository implements IdentityClaimRepository {

    private static final KeyRows IDENTITIES = KeyRows.of("k", "identity_key", "VARCHAR");
    private static final String SELECT = "SELECT identity_key, member_id, claimed_at FROM identity_claim";
    private static final RowMapper<IdentityClaim> CLAIM = (row, context) -> new IdentityClaim(
            Identity.parse(row.getString("identity_key")), new MemberId(row.getLong("member_id")),
            Rows.instant(row, "claimed_at"));

    private final JdbiTransactions transactions;

    JdbiIdentityClaimRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void insert(IdentityClaim claim) {
        SqlErrors.guarded(() -> transactions.current().writing().createUpdate("INSERT INTO identity_claim"
                + " (identity_key, member_id, claimed_at) VALUES (:identity, :member, :claimed)")
                .bind("identity", claim.identity().key()).bind("member", claim.member().value())
                .bind("claimed", claim.claimedAt()).execute());
    }

    @Override
    public Optional<IdentityClaim> findByIdentity(Identity identity) {
        return transactions.current().reading().createQuery(SELECT + " WHERE identity_key = :identity")
                .bind("identity", identity.key()).map(CLAIM).findOne();
    }

    @Override
    public List<IdentityClaim> findByIdentities(Collection<Identity> identities) {
        if (identities.isEmpty()) {
            return List.of();
        }
        List<String> keys = identities.stream().map(Identity::key).distinct().toList();
        return IDENTITIES.bind(transactions.current().reading().createQuery("SELECT c.identity_key, c.member_id,"
                + " c.claimed_at FROM " + IDENTITIES.table(keys.size()) + " JOIN identity_claim c"
                + " ON c.identity_key = k.identity_key"), keys.stream().map(List::of).toList()).map(CLAIM).list();
    }

    @Override
    public List<IdentityClaim> findByMember(MemberId member) {
        return transactions.current().reading()
                .createQuery(SELECT + " WHERE member_id = :member ORDER BY claimed_at, identity_key")
                .bind("member", member.value()).map(CLAIM).list();
    }
}
