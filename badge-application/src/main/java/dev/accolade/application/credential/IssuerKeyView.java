package dev.accolade.application.credential;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.credential.KeyAlgorithm;
import java.time.Instant;
import java.util.Optional;

/**
 * One of an issuer's keys as its owner sees it: the public facts, never the private half.
 *
 * @param name the key's name, such as {@code ed25519-2}
 * @param algorithm what it signs with
 * @param url where its public half is published
 * @param createdAt when it was made
 * @param retiredAt when a newer key took over, if one did
 */
public record IssuerKeyView(String name, KeyAlgorithm algorithm, String url, Instant createdAt,
        Optional<Instant> retiredAt) {

    /** Checks every part is present. */
    public IssuerKeyView {
        requireNonNull(name, "name");
        requireNonNull(algorithm, "algorithm");
        requireNonNull(url, "url");
        requireNonNull(createdAt, "createdAt");
        requireNonNull(retiredAt, "retiredAt");
    }
}
