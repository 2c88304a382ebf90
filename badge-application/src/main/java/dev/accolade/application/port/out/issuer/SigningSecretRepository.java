package dev.accolade.application.port.out.issuer;

import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.SigningSecret;
import java.util.Optional;

/** Stores each issuer's one signing secret, sealed. */
public interface SigningSecretRepository {

    /** Stores the issuer's secret, replacing the one it had. */
    void save(SigningSecret secret);

    /** The issuer's secret, when it has one. */
    Optional<SigningSecret> find(IssuerId issuer);
}
