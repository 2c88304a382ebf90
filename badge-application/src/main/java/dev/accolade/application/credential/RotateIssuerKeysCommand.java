package dev.accolade.application.credential;

import dev.accolade.application.port.in.Actor;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Replace an issuer's signing keys; the old ones stay published so what they signed still verifies.
 *
 * @param actor who asks: the issuer, its owner or the operator
 * @param issuerId the issuer
 */
public record RotateIssuerKeysCommand(@NotNull Actor actor, @Positive long issuerId) {
}
