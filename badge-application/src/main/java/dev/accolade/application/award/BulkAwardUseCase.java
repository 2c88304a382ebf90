package dev.accolade.application.award;

import dev.accolade.domain.award.AwardOutcome;
import java.util.List;

/**
 * Awards a published template to up to {@value BulkAwardCommand#MAX_RECIPIENTS} recipients in one unit of work,
 * each as a single award would be (an award, an offer, or the award already held). Every recipient is checked
 * first: one bad entry refuses the whole batch, naming each bad entry by its position, and writes nothing.
 */
public interface BulkAwardUseCase {

    /** Each recipient's outcome, in the order given; {@code idempotency_key_reused} for another batch. */
    List<AwardOutcome> awardInBulk(BulkAwardCommand command);
}
