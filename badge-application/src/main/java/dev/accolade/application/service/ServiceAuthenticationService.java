package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.in.issuer.AuthenticateServiceUseCase;
import dev.accolade.application.port.in.issuer.FindServiceUseCase;
import dev.accolade.application.port.in.issuer.ServiceCredentials;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.SecretSealerPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.UniqueConstraintViolation;
import dev.accolade.application.port.out.UsedSignature;
import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.issuer.ApiKey;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.IssuerSlug;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Finds services (issuers by slug) and tells whether a request may write to one. Every failure,
 * an unknown service included, is the same {@code invalid_credentials}; secrets are compared in
 * constant time, and an accepted signature is recorded in the store so that no server instance
 * sharing it accepts the same signature again.
 */
public final class ServiceAuthenticationService implements AuthenticateServiceUseCase, FindServiceUseCase {

    /** The service that takes writes without credentials in the sandbox. */
    public static final String OPEN_SERVICE = "test";
    /** How far a signed request's timestamp may lie from the server's clock, either way. */
    public static final Duration WINDOW = Duration.ofSeconds(300);

    private static final int MAX_KEY_LENGTH = 256;
    /** Signs for unknown services, so that they take as long to refuse as wrong signatures. */
    private static final String NO_SECRET = "no-such-service-secret";

    private final StorePorts store;
    private final ClockPort clock;
    private final SecretSealerPort sealer;
    private final AccoladeSettings settings;

    ServiceAuthenticationService(StorePorts store, ClockPort clock, SecretSealerPort sealer,
            AccoladeSettings settings) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.sealer = requireNonNull(sealer, "sealer");
        this.settings = requireNonNull(settings, "settings");
    }

    @Override
    public Issuer findService(String service) {
        Optional<IssuerSlug> slug = slugOf(service);
        Optional<Issuer> found = slug.flatMap(s -> store.transactions().readOnly(() -> store.issuers().findBySlug(s)));
        if (found.isPresent()) {
            return found.get();
        }
        if (isOpen(service)) {
            return openServiceCreated(slug.orElseThrow());
        }
        throw NotFound.issuer();
    }

    @Override
    public Issuer authenticateService(ServiceCredentials credentials) {
        requireNonNull(credentials, "credentials");
        if (isOpen(credentials.service())) {
            return findService(credentials.service());
        }
        if (credentials.proof() instanceof ServiceCredentials.Key key) {
            return byKey(credentials.service(), key.key());
        }
        if (credentials.proof() instanceof ServiceCredentials.Signature signature) {
            return bySignature(credentials.service(), signature);
        }
        throw Credentials.invalid();
    }

    private Issuer byKey(String service, String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw Credentials.invalid();
        }
        return store.transactions().readOnly(() -> {
            Optional<Issuer> issuer = slugOf(service).flatMap(store.issuers()::findBySlug);
            Optional<IssuerId> id = issuer.map(Issuer::id);
            boolean apiKey = store.apiKeys().findBySecretHash(SecretHash.of(key)).filter(ApiKey::isActive)
                    .filter(found -> found.matches(key)).filter(found -> id.filter(found.issuer()::equals).isPresent())
                    .isPresent();
            Optional<String> secret = signingSecretOf(id);
            boolean signingSecret = MessageDigest.isEqual(bytes(secret.orElse(NO_SECRET)), bytes(key))
                    && secret.isPresent();
            return issuer.filter(i -> apiKey || signingSecret);
        }).orElseThrow(Credentials::invalid);
    }

    private Issuer bySignature(String service, ServiceCredentials.Signature credentials) {
        Instant now = clock.now();
        long seconds = now.getEpochSecond();
        long timestamp = credentials.timestamp();
        Optional<String> signature = RequestSignatures.normalised(credentials.signature());
        if (timestamp < seconds - WINDOW.toSeconds() || timestamp > seconds + WINDOW.toSeconds()
                || signature.isEmpty()) {
            throw Credentials.invalid();
        }
        Optional<Issuer> issuer = store.transactions().readOnly(
                () -> slugOf(service).flatMap(store.issuers()::findBySlug));
        Optional<String> secret = store.transactions().readOnly(() -> signingSecretOf(issuer.map(Issuer::id)));
        boolean valid = RequestSignatures.matches(signature.get(), secret.orElse(NO_SECRET), credentials.message());
        if (!valid || secret.isEmpty()) {
            throw Credentials.invalid();
        }
        UsedSignature used = new UsedSignature(issuer.get().id(), signature.get(),
                Instant.ofEpochSecond(timestamp).plus(WINDOW));
        try {
            store.transactions().inTransaction(() -> {
                store.usedSignatures().deleteExpired(now);
                store.usedSignatures().insert(used);
                return null;
            });
        } catch (UniqueConstraintViolation replayed) {
            throw Credentials.invalid();
        }
        return issuer.get();
    }

    private Optional<String> signingSecretOf(Optional<IssuerId> issuer) {
        return issuer.flatMap(store.signingSecrets()::find).map(secret -> sealer.open(secret.sealed()));
    }

    /** Creates the sandbox's open service on first use; a concurrent creation wins the race harmlessly. */
    private Issuer openServiceCreated(IssuerSlug slug) {
        try {
            return store.transactions().inTransaction(() -> {
                Issuer issuer = Issuer.create(new IssuerId(store.ids().nextId()), slug, "Sandbox test service",
                        Optional.empty(), clock.now());
                store.issuers().insert(issuer);
                return issuer;
            });
        } catch (UniqueConstraintViolation lostRace) {
            return store.transactions().readOnly(() -> store.issuers().findBySlug(slug)).orElseThrow(() -> lostRace);
        }
    }

    private boolean isOpen(String service) {
        return settings.sandbox() && OPEN_SERVICE.equals(service);
    }

    private static Optional<IssuerSlug> slugOf(String service) {
        try {
            return Optional.of(new IssuerSlug(service));
        } catch (DomainException notASlug) {
            return Optional.empty();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
