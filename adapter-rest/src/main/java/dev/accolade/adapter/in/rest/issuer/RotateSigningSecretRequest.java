package dev.accolade.adapter.in.rest.issuer;

import dev.accolade.application.port.in.Actor;
import dev.accolade.application.signing.RotateSigningSecretCommand;
import dev.accolade.domain.issuer.IssuerId;

/**
 * The body of {@code PUT /v1/issuers/{id}/signing_secret}, which may be empty.
 *
 * @param secret a secret to import, such as a UserBadges service's key; absent to have one generated
 */
public record RotateSigningSecretRequest(String secret) {

    /** The command for this actor and issuer. */
    public RotateSigningSecretCommand toCommand(Actor actor, IssuerId issuer) {
        return new RotateSigningSecretCommand(actor, issuer, secret);
    }

    @Override
    public String toString() {
        return "RotateSigningSecretRequest[" + (secret == null ? "generated" : "imported") + "]";
    }
}
