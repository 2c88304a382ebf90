package dev.accolade.domain.issuer;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.identity.EmailAddress;
import java.time.ZoneId;
import java.time.DateTimeException;
import java.util.Optional;

/**
 * What an issuer tells the world about itself, as Open Badges publishes it: its web site and contact
 * address (both required by Open Badges 2.0 profiles), and optionally an image and a description.
 *
 * @param url the issuer's own web site
 * @param email where to write to the issuer
 * @param image a logo, by URL
 * @param description at most {@value #MAX_DESCRIPTION_LENGTH} characters, possibly empty
 * @param timeZone the zone its days, weeks and months are counted in (streaks, leaderboard periods)
 */
public record IssuerProfile(Optional<WebUrl> url, Optional<EmailAddress> email, Optional<WebUrl> image,
        String description, ZoneId timeZone) {

    /** The zone of an issuer that names none. */
    public static final ZoneId UTC = ZoneId.of("UTC");
    /** The longest description accepted. */
    public static final int MAX_DESCRIPTION_LENGTH = 1000;
    /** A profile that says nothing yet. */
    public static final IssuerProfile EMPTY = new IssuerProfile(Optional.empty(), Optional.empty(),
            Optional.empty(), "");

    /** Checks every part. */
    public IssuerProfile {
        requireNonNull(url, "url");
        requireNonNull(email, "email");
        requireNonNull(image, "image");
        description = Check.text(description == null ? "" : description, "description", MAX_DESCRIPTION_LENGTH);
        timeZone = timeZone == null ? UTC : timeZone;
    }

    /** A profile whose days are counted in UTC. */
    public IssuerProfile(Optional<WebUrl> url, Optional<EmailAddress> email, Optional<WebUrl> image,
            String description) {
        this(url, email, image, description, UTC);
    }

    /** A time zone by IANA name ({@code Europe/Berlin}) or offset; blank is UTC, else {@code time_zone_invalid}. */
    public static ZoneId zoneNamed(String name) {
        if (name == null || name.isBlank()) {
            return UTC;
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            throw Check.invalid("time_zone", "is not a time zone name such as Europe/Berlin or UTC");
        }
    }

    /** Whether it holds what an Open Badges 2.0 profile requires: a web site and an email address. */
    public boolean isComplete() {
        return url.isPresent() && email.isPresent();
    }
}
