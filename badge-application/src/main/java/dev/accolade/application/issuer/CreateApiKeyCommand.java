package dev.accolade.application.issuer;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.ApiKey;
import dev.accolade.domain.issuer.IssuerId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Create an API key for an issuer.
 *
 * @param actor who asks: the operator, the issuer itself, or its owner
 * @param issuer the issuer the key acts as
 * @param label an optional note to tell keys apart
 */
public record CreateApiKeyCommand(@NotNull Actor actor, @NotNull IssuerId issuer,
        @Size(max = ApiKey.MAX_LABEL_LENGTH) String label) {
}
