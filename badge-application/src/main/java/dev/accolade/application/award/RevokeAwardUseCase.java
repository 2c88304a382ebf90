package dev.accolade.application.award;

import dev.accolade.domain.award.Award;

/** Revokes an award with a reason; a revoked award no longer counts. */
public interface RevokeAwardUseCase {

    /** The revoked award; {@code award_already_revoked} the second time. */
    Award revokeAward(RevokeAwardCommand command);
}
