package dev.accolade.application.signing;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.port.in.InvalidCredentials;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.SecretSealerPort;
import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.UniqueConstraintViolation;
import dev.accolade.application.port.out.issuer.ApiKeyRepository;
import dev.accolade.application.port.out.issuer.IssuerRepository;
import dev.accolade.application.port.out.issuer.SigningSecretRepository;
import dev.accolade.application.port.out.issuer.UsedSignature;
import dev.accolade.application.port.out.issuer.UsedSignatureRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.issuer.ApiKey;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.IssuerSlug;
import dev.accolade.domain.issuer.SigningSecret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sets issuers' signing secrets, sealed before they reach the store; resolves issuers addressed by
 * slug and tells whether a request may write to one. Every failure, an unknown slug included, is the
 * same {@code invalid_credentials}; secrets are compared in constant time, and an accepted signature
 * is recorded in the store so that no server instance sharing it accepts the same signature again.
 */
final class SignedRequestService implements SignedRequests {

    /** What every generated secret starts with, so that a leaked one is easy to recognise. */
    public static final String SECRET_PREFIX = "acs_";
    /** The random characters after the prefix: about 238 bits. */
    static final int SECRET_RANDOM_LENGTH = 40;

    /** The issuer that takes writes without credentials in the sandbox. */
    public static final String OPEN_ISSUER = "test";
    /** How far a signed request's timestamp may lie from the server's clock, either way. */
    public static final Duration WINDOW = Duration.ofSeconds(300);

    private static final int MAX_KEY_LENGTH = 256;
    /** Signs for unknown issuers, so that they take as long to refuse as wrong signatures. */
    private static final String NO_SECRET = "no-such-issuer-secret";

    private final TransactionPort transactions;
    private final IdGeneratorPort ids;
    private final IssuerRepository issuers;
    private final ApiKeyRepository apiKeys;
    private final SigningSecretRepository signingSecrets;
    private final UsedSignatureRepository usedSignatures;
    private final ClockPort clock;
    private final SecretSealerPort sealer;
    private final TokenGeneratorPort tokens;
    private final CommandValidator validator;
    private final Access access;
    private final AccoladeSettings settings;

    SignedRequestService(TransactionPort transactions, IdGeneratorPort ids, IssuerRepository issuers,
            ApiKeyRepository apiKeys, SigningSecretRepository signingSecrets, UsedSignatureRepository usedSignatures,
            ClockPort clock, SecretSealerPort sealer, TokenGeneratorPort tokens, CommandValidator validator,
            Access access, AccoladeSettings settings) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.ids = requireNonNull(ids, "ids");
        this.issuers = requireNonNull(issuers, "issuers");
        this.apiKeys = requireNonNull(apiKeys, "apiKeys");
        this.signingSecrets = requireNonNull(signingSecrets, "signingSecrets");
        this.usedSignatures = requireNonNull(usedSignatures, "usedSignatures");
        this.clock = requireNonNull(clock, "clock");
        this.sealer = requireNonNull(sealer, "sealer");
        this.tokens = requireNonNull(tokens, "tokens");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
        this.settings = requireNonNull(settings, "settings");
    }

    @Override
    public CreatedSigningSecret rotateSigningSecret(RotateSigningSecretCommand command) {
        validator.validate(command);
        String secret = command.secret() != null ? command.secret()
                : SECRET_PREFIX + tokens.newToken(SECRET_RANDOM_LENGTH);
        return transactions.inTransaction(() -> {
            Issuer issuer = access.issuerFor(command.actor(), command.issuer());
            Instant now = clock.now();
            signingSecrets.save(new SigningSecret(issuer.id(), sealer.seal(secret), now));
            return new CreatedSigningSecret(issuer.id(), secret, now);
        });
    }

    @Override
    public Issuer resolveIssuer(String slug) {
        Optional<IssuerSlug> parsed = slugOf(slug);
        Optional<Issuer> found = parsed.flatMap(s -> transactions.readOnly(() -> issuers.findBySlug(s)));
        if (found.isPresent()) {
            return found.get();
        }
        if (isOpen(slug)) {
            return openIssuerCreated(parsed.orElseThrow());
        }
        throw NotFound.issuer();
    }

    @Override
    public Issuer authenticateIssuer(IssuerCredentials credentials) {
        requireNonNull(credentials, "credentials");
        if (isOpen(credentials.slug())) {
            return resolveIssuer(credentials.slug());
        }
        if (credentials.proof() instanceof IssuerCredentials.Key key) {
            return byKey(credentials.slug(), key.key());
        }
        if (credentials.proof() instanceof IssuerCredentials.Signature signature) {
            return bySignature(credentials.slug(), signature);
        }
        throw InvalidCredentials.refusal();
    }

    private Issuer byKey(String slug, String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw InvalidCredentials.refusal();
        }
        return transactions.readOnly(() -> {
            Optional<Issuer> issuer = slugOf(slug).flatMap(issuers::findBySlug);
            Optional<IssuerId> id = issuer.map(Issuer::id);
            boolean apiKey = apiKeys.findBySecretHash(SecretHash.of(key)).filter(ApiKey::isActive)
                    .filter(found -> found.matches(key)).filter(found -> id.filter(found.issuer()::equals).isPresent())
                    .isPresent();
            Optional<String> secret = signingSecretOf(id);
            boolean signingSecret = MessageDigest.isEqual(bytes(secret.orElse(NO_SECRET)), bytes(key))
                    && secret.isPresent();
            return issuer.filter(i -> apiKey || signingSecret);
        }).orElseThrow(InvalidCredentials::refusal);
    }

    private Issuer bySignature(String slug, IssuerCredentials.Signature credentials) {
        Instant now = clock.now();
        long seconds = now.getEpochSecond();
        long timestamp = credentials.timestamp();
        Optional<String> signature = RequestSignatures.normalised(credentials.signature());
        if (timestamp < seconds - WINDOW.toSeconds() || timestamp > seconds + WINDOW.toSeconds()
                || signature.isEmpty()) {
            throw InvalidCredentials.refusal();
        }
        Optional<Issuer> issuer = transactions.readOnly(
                () -> slugOf(slug).flatMap(issuers::findBySlug));
        Optional<String> secret = transactions.readOnly(() -> signingSecretOf(issuer.map(Issuer::id)));
        boolean valid = RequestSignatures.matches(signature.get(), secret.orElse(NO_SECRET), credentials.message());
        if (!valid || secret.isEmpty()) {
            throw InvalidCredentials.refusal();
        }
        UsedSignature used = new UsedSignature(issuer.get().id(), signature.get(),
                Instant.ofEpochSecond(timestamp).plus(WINDOW));
        try {
            transactions.inTransaction(() -> {
                usedSignatures.deleteExpired(now);
                usedSignatures.insert(used);
                return null;
            });
        } catch (UniqueConstraintViolation replayed) {
            throw InvalidCredentials.refusal();
        }
        return issuer.get();
    }

    private Optional<String> signingSecretOf(Optional<IssuerId> issuer) {
        return issuer.flatMap(signingSecrets::find).map(secret -> sealer.open(secret.sealed()));
    }

    /** Creates the sandbox's open issuer on first use; a concurrent creation wins the race harmlessly. */
    private Issuer openIssuerCreated(IssuerSlug slug) {
        try {
            return transactions.inTransaction(() -> {
                Issuer issuer = Issuer.create(new IssuerId(ids.nextId()), slug, "Sandbox test service",
                        Optional.empty(), clock.now());
                Issuer pinned = settings.pinnedBase().map(issuer::pinCredentialsTo).orElse(issuer);
                issuers.insert(pinned);
                return pinned;
            });
        } catch (UniqueConstraintViolation lostRace) {
            return transactions.readOnly(() -> issuers.findBySlug(slug)).orElseThrow(() -> lostRace);
        }
    }

    private boolean isOpen(String slug) {
        return settings.sandbox() && OPEN_ISSUER.equals(slug);
    }

    private static Optional<IssuerSlug> slugOf(String slug) {
        try {
            return Optional.of(new IssuerSlug(slug));
        } catch (DomainException notASlug) {
            return Optional.empty();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
