package dev.accolade.adapter.out.memory;

import dev.accolade.application.port.out.credential.AwardCredentialRepository;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.award.StatusSlot;
import dev.accolade.domain.common.PublicId;
import dev.accolade.domain.issuer.IssuerId;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Awards as credentials, read from the awards table by public id and status slot. */
final class InMemoryAwardCredentialRepository implements AwardCredentialRepository {

    private final InMemoryDatabase database;
    private final Table<AwardId, Award> awards;

    InMemoryAwardCredentialRepository(InMemoryDatabase database, Table<AwardId, Award> awards) {
        this.database = database;
        this.awards = awards;
    }

    @Override
    public Optional<Award> findByPublicId(PublicId id) {
        return database.read(() -> awards.findUnique(InMemoryAwardRepository.PUBLIC_ID, id));
    }

    @Override
    public boolean isSlotTaken(IssuerId issuer, StatusSlot slot) {
        return database.read(() -> awards.findUnique(InMemoryAwardRepository.STATUS_SLOT, List.of(issuer, slot))
                .isPresent());
    }

    @Override
    public Set<StatusSlot> takenSlots(IssuerId issuer, Collection<StatusSlot> slots) {
        return database.read(() -> slots.stream().filter(slot -> awards.findUnique(InMemoryAwardRepository.STATUS_SLOT,
                List.of(issuer, slot)).isPresent()).collect(Collectors.toSet()));
    }

    @Override
    public boolean hasList(IssuerId issuer, long list) {
        return database.read(() -> awards.rows().anyMatch(award -> inList(award, issuer, list)));
    }

    @Override
    public BitSet revokedIn(IssuerId issuer, long list) {
        return database.read(() -> {
            BitSet bits = new BitSet(StatusSlot.LIST_SIZE);
            awards.rows().filter(award -> inList(award, issuer, list)).filter(award -> !award.isActive())
                    .forEach(award -> bits.set(award.credential().status().index()));
            return bits;
        });
    }

    private static boolean inList(Award award, IssuerId issuer, long list) {
        return award.issuer().equals(issuer) && award.credential().status().list() == list;
    }
}
