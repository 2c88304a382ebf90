package dev.accolade.domain.issuer;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.Check;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.identity.EmailAddress;
import java.util.Optional;

/**
 * What an issuer tells the world about itself, as Open Badges publishes it: its web site and contact
 * address (both required by Open Badges 2.0 profiles), and optionally an image and a description.
 *
 * @param url the issuer's own web site
 * @param email where to write to the issuer
 * @param image a logo, by URL
 * @param description at most {@value #MAX_DESCRIPTION_LENGTH} characters, possibly empty
 */
public record IssuerProfile(Optional<WebUrl> url, Optional<EmailAddress> email, Optional<WebUrl> image,
        String description) {

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
    }

    /** Whether it holds what an Open Badges 2.0 profile requires: a web site and an email address. */
    public boolean isComplete() {
        return url.isPresent() && email.isPresent();
    }
}
