package dev.accolade.application.credential;

import dev.accolade.domain.common.PublicId;

/** Reads a published template as Open Badges present it: BadgeClass, Achievement and image. */
public interface GetBadgeClassUseCase {

    /** The Open Badges 2.0 BadgeClass of the live version; {@code badge_class_not_found}. */
    PublicDocument badgeClass(PublicId template);

    /** The Open Badges 3.0 Achievement of the live version; {@code badge_class_not_found}. */
    PublicDocument achievement(PublicId template);

    /** The template's stored icon, or the image drawn for it; {@code badge_class_not_found}. */
    PublicDocument badgeImage(PublicId template);
}
