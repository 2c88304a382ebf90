package dev.accolade.application.award;

import dev.accolade.domain.award.Award;

/** Marks an award seen by its holder, so it is no longer new. */
public interface MarkAwardViewedUseCase {

    /** The award; {@code award_not_found} when the actor does not hold it. */
    Award markAwardViewed(AwardReference command);
}
