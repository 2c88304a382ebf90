package dev.accolade.application.showcase;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.common.PublicId;

/** Reads an award as its public page shows it. */
public interface GetPublicAwardUseCase {

    /** The award whose credential goes by this id, or {@code credential_not_found}. */
    PublicAward publicAward(Actor viewer, PublicId credential);
}
