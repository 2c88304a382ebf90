package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.issuer.CreatedSigningSecret;
import dev.accolade.application.port.in.issuer.RotateSigningSecretCommand;
import dev.accolade.application.port.in.issuer.RotateSigningSecretUseCase;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.SecretSealerPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.SigningSecret;
import java.time.Instant;

/** Sets issuers' signing secrets, sealed before they reach the store. */
public final class SigningSecretService implements RotateSigningSecretUseCase {

    /** What every generated secret starts with, so that a leaked one is easy to recognise. */
    public static final String SECRET_PREFIX = "acs_";
    /** The random characters after the prefix: about 238 bits. */
    static final int SECRET_RANDOM_LENGTH = 40;

    private final StorePorts store;
    private final ClockPort clock;
    private final TokenGeneratorPort tokens;
    private final SecretSealerPort sealer;
    private final CommandValidator validator;
    private final Access access;

    SigningSecretService(StorePorts store, ClockPort clock, TokenGeneratorPort tokens, SecretSealerPort sealer,
            CommandValidator validator, Access access) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.tokens = requireNonNull(tokens, "tokens");
        this.sealer = requireNonNull(sealer, "sealer");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
    }

    @Override
    public CreatedSigningSecret rotateSigningSecret(RotateSigningSecretCommand command) {
        validator.validate(command);
        String secret = command.secret() != null ? command.secret()
                : SECRET_PREFIX + tokens.newToken(SECRET_RANDOM_LENGTH);
        return store.transactions().inTransaction(() -> {
            Issuer issuer = access.issuerFor(command.actor(), command.issuer());
            Instant now = clock.now();
            store.signingSecrets().save(new SigningSecret(issuer.id(), sealer.seal(secret), now));
            return new CreatedSigningSecret(issuer.id(), secret, now);
        });
    }
}
