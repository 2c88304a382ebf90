package dev.accolade.application.shared;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.domain.common.PublicId;

/** New public ids, drawn at random: what badge classes and credentials go by in public URLs. */
public final class PublicIds {

    private final TokenGeneratorPort random;

    /** Ids drawn from this source. */
    public PublicIds(TokenGeneratorPort random) {
        this.random = requireNonNull(random, "random");
    }

    /** A fresh id. */
    public PublicId next() {
        return new PublicId(random.newToken(PublicId.LENGTH));
    }
}
