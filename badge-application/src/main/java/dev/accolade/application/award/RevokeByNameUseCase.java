package dev.accolade.application.award;

import dev.accolade.domain.award.Award;
import java.util.List;

/** Revokes every live award of templates named by title to one recipient, as badge services remove badges. */
public interface RevokeByNameUseCase {

    /** The awards revoked now. */
    List<Award> revokeByName(RevokeByNameCommand command);
}
