package dev.accolade.application.showcase;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.identity.Identity;

/** Reads a recipient's public profile: a member's or a handle's awards. */
public interface GetProfileUseCase {

    /**
     * The profile of a member or a handle, or {@code profile_not_found}: an email address has no public
     * profile, so that no page ever names one.
     */
    Profile profile(Actor viewer, Identity recipient);
}
