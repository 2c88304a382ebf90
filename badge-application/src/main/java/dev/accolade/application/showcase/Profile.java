package dev.accolade.application.showcase;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.identity.Identity;
import java.util.List;

/**
 * A recipient's public profile.
 *
 * @param recipient the member or handle
 * @param name the name it shows: the member's, or the handle
 * @param awards its live awards it did not hide, newest first
 * @param hidden the awards it hid, newest first: listed only to the member themselves, empty for anyone else
 */
public record Profile(Identity recipient, String name, List<PublicAward> awards, List<PublicAward> hidden) {

    /** Checks every part. */
    public Profile {
        requireNonNull(recipient, "recipient");
        requireNonNull(name, "name");
        awards = List.copyOf(awards);
        hidden = List.copyOf(hidden);
    }
}
