package dev.accolade.application.port.out.credential;

import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.StatusSlot;
import dev.accolade.domain.common.PublicId;
import dev.accolade.domain.issuer.IssuerId;
import java.util.BitSet;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Reads awards as credentials: by their public id, and by their status list slots. */
public interface AwardCredentialRepository {

    /** The award whose credential goes by this public id. */
    Optional<Award> findByPublicId(PublicId id);

    /** Whether one of the issuer's awards already holds this slot. */
    boolean isSlotTaken(IssuerId issuer, StatusSlot slot);

    /** Which of these slots the issuer's awards already hold, one query. */
    Set<StatusSlot> takenSlots(IssuerId issuer, Collection<StatusSlot> slots);

    /** Whether any award of the issuer has its bit in this list. */
    boolean hasList(IssuerId issuer, long list);

    /** The list's bits: set for each revoked award of the issuer whose slot lies in it. */
    BitSet revokedIn(IssuerId issuer, long list);
}
