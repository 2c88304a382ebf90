package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.port.out.credential.AwardCredentialRepository;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.StatusSlot;
import dev.accolade.domain.common.PublicId;
import dev.accolade.domain.issuer.IssuerId;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Awards as credentials, from the {@code award} table: by public id ({@code uq_award_public_id}) and by
 * status slot ({@code uq_award_status_slot}, whose index also serves a list's revoked bits).
 */
final class JdbiAwardCredentialRepository implements AwardCredentialRepository {

    /** The slots asked about, each looked up through the issuer's slot index. */
    private static final KeyRows SLOTS = KeyRows.of("k", new KeyRows.Column("status_list", "BIGINT"),
            new KeyRows.Column("status_index", "INTEGER"));

    private final JdbiTransactions transactions;

    JdbiAwardCredentialRepository(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Award> findByPublicId(PublicId id) {
        return transactions.current().reading().createQuery("SELECT " + JdbiAwardRepository.COLUMNS
                + " FROM award WHERE public_id = :public_id").bind("public_id", id.value())
                .map(JdbiAwardRepository.AWARD).findOne();
    }

    @Override
    public boolean isSlotTaken(IssuerId issuer, StatusSlot slot) {
        return transactions.current().reading().createQuery("SELECT 1 FROM award WHERE issuer_id = :issuer"
                + " AND status_list = :list AND status_index = :index").bind("issuer", issuer.value())
                .bind("list", slot.list()).bind("index", slot.index()).mapTo(Integer.class).findOne().isPresent();
    }

    @Override
    public Set<StatusSlot> takenSlots(IssuerId issuer, Collection<StatusSlot> slots) {
        if (slots.isEmpty()) {
            return Set.of();
        }
        List<StatusSlot> wanted = slots.stream().distinct().toList();
        return Set.copyOf(SLOTS.bind(transactions.current().reading().createQuery("SELECT a.status_list,"
                + " a.status_index FROM " + SLOTS.table(wanted.size()) + " JOIN award a ON a.issuer_id = :issuer"
                + " AND a.status_list = k.status_list AND a.status_index = k.status_index")
                .bind("issuer", issuer.value()), wanted.stream().map(slot -> List.of(slot.list(), slot.index()))
                .toList()).map((row, context) -> new StatusSlot(row.getLong("status_list"), row.getInt("status_index")))
                .list());
    }

    @Override
    public boolean hasList(IssuerId issuer, long list) {
        return transactions.current().reading().createQuery("SELECT 1 FROM award WHERE issuer_id = :issuer"
                + " AND status_list = :list LIMIT 1").bind("issuer", issuer.value()).bind("list", list)
                .mapTo(Integer.class).findOne().isPresent();
    }

    @Override
    public BitSet revokedIn(IssuerId issuer, long list) {
        BitSet bits = new BitSet(StatusSlot.LIST_SIZE);
        transactions.current().reading().createQuery("SELECT status_index FROM award WHERE issuer_id = :issuer"
                + " AND status_list = :list AND revoked_at IS NOT NULL").bind("issuer", issuer.value())
                .bind("list", list).mapTo(Integer.class).forEach(bits::set);
        return bits;
    }
}
