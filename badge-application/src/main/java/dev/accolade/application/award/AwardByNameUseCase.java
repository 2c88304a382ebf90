package dev.accolade.application.award;

import dev.accolade.domain.award.AwardOutcome;
import java.util.List;

/**
 * Awards templates named by title, as badge services award badges by name: all of them or, when one
 * name is unknown ({@code badges_unknown}), none.
 */
public interface AwardByNameUseCase {

    /** The outcome of each award, in the order the names were given. */
    List<AwardOutcome> awardByName(AwardByNameCommand command);
}
