package dev.accolade.application.port.out.credential;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An issuer as its credentials present it.
 *
 * @param ob2Id the URL of its Open Badges 2.0 profile
 * @param ob3Id the URL of its Open Badges 3.0 profile, which is also its keys' controller document
 * @param name its display name
 * @param url its web site: its own, or its Open Badges 2.0 profile when it gave none
 * @param email where to write to it, when it gave one
 * @param image its logo's URL, when it gave one
 * @param description what it says of itself, possibly empty
 * @param allowedOrigin the host (and port, when not the default) its hosted Open Badges 2.0 assertions live on
 */
public record IssuerFacts(String ob2Id, String ob3Id, String name, String url, Optional<String> email,
        Optional<String> image, String description, String allowedOrigin) {

    /** Checks every part is present. */
    public IssuerFacts {
        requireNonNull(ob2Id, "ob2Id");
        requireNonNull(ob3Id, "ob3Id");
        requireNonNull(name, "name");
        requireNonNull(url, "url");
        requireNonNull(email, "email");
        requireNonNull(image, "image");
        requireNonNull(description, "description");
        requireNonNull(allowedOrigin, "allowedOrigin");
    }
}
