package dev.accolade.application.showcase;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.common.PublicId;

/** Reads a published template as its public page shows it. */
public interface GetPublicBadgeUseCase {

    /** The badge whose badge class goes by this id, or {@code badge_class_not_found} when it is not published. */
    PublicBadge publicBadge(Actor viewer, PublicId template);
}
