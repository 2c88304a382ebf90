package dev.accolade.adapter.in.rest.issuer;

import dev.accolade.adapter.in.rest.input.Instants;
import dev.accolade.application.credential.IssuerKeyView;
import java.util.Locale;

/**
 * One of an issuer's signing keys as the native API shows it: never its private half.
 *
 * @param name the key's name, such as {@code ed25519-2}
 * @param algorithm {@code ed25519} or {@code rs256}
 * @param url where its public half is published
 * @param createdAt when it was made, ISO-8601 in UTC
 * @param retiredAt when a newer key took over, or {@code null} while it signs
 */
public record IssuerKeyResponse(String name, String algorithm, String url, String createdAt, String retiredAt) {

    /** The response for a key. */
    public static IssuerKeyResponse from(IssuerKeyView key) {
        return new IssuerKeyResponse(key.name(), key.algorithm().name().toLowerCase(Locale.ROOT), key.url(),
                key.createdAt().toString(), Instants.format(key.retiredAt()));
    }
}
