package dev.accolade.application.award;

import dev.accolade.domain.award.AwardOutcome;

/**
 * Awards a published template: directly, or as an offer when the template needs the recipient's
 * acceptance. A non-repeatable template already held gives {@code AlreadyAwarded} and changes nothing.
 */
public interface AwardUseCase {

    /** What happened; {@code idempotency_key_reused} when the key came with another command. */
    AwardOutcome award(AwardCommand command);
}
