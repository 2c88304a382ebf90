package dev.accolade.application.issuer;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.InvalidCredentials;
import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.issuer.ApiKeyRepository;
import dev.accolade.application.port.out.issuer.IssuerRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;
import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.issuer.ApiKey;
import dev.accolade.domain.issuer.ApiKeyId;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Issues, lists and revokes issuers' API keys, and authenticates requests by them. */
final class ApiKeyService implements ApiKeys {

    /** What every secret starts with, so that leaked keys are easy to recognise and scan for. */
    public static final String SECRET_PREFIX = "acc_";
    /** The random characters after the prefix: about 238 bits. */
    static final int SECRET_RANDOM_LENGTH = 40;
    /** The most active keys one issuer may hold. */
    static final int MAX_ACTIVE_KEYS = 100;
    private static final int MAX_SECRET_LENGTH = 256;

    private final TransactionPort transactions;
    private final IdGeneratorPort ids;
    private final IssuerRepository issuers;
    private final ApiKeyRepository apiKeys;
    private final ClockPort clock;
    private final TokenGeneratorPort tokens;
    private final CommandValidator validator;
    private final Access access;
    private final KnownKeys known;

    ApiKeyService(TransactionPort transactions, IdGeneratorPort ids, IssuerRepository issuers,
            ApiKeyRepository apiKeys, ClockPort clock, TokenGeneratorPort tokens, CommandValidator validator,
            Access access) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.ids = requireNonNull(ids, "ids");
        this.issuers = requireNonNull(issuers, "issuers");
        this.apiKeys = requireNonNull(apiKeys, "apiKeys");
        this.clock = requireNonNull(clock, "clock");
        this.tokens = requireNonNull(tokens, "tokens");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
        this.known = new KnownKeys(clock);
    }

    @Override
    public CreatedApiKey createApiKey(CreateApiKeyCommand command) {
        validator.validate(command);
        String secret = SECRET_PREFIX + tokens.newToken(SECRET_RANDOM_LENGTH);
        return transactions.inTransaction(() -> {
            Issuer issuer = access.issuerFor(command.actor(), command.issuer());
            long active = apiKeys.findByIssuer(issuer.id()).stream().filter(ApiKey::isActive).count();
            if (active >= MAX_ACTIVE_KEYS) {
                throw DomainException.ruleViolation("api_key_limit_reached",
                        "An issuer may hold at most " + MAX_ACTIVE_KEYS + " active API keys; revoke one first.");
            }
            ApiKey key = ApiKey.issue(new ApiKeyId(ids.nextId()), issuer.id(), command.label(), secret,
                    clock.now());
            apiKeys.insert(key);
            return new CreatedApiKey(key, secret);
        });
    }

    @Override
    public ApiKey revokeApiKey(RevokeApiKeyCommand command) {
        validator.validate(command);
        access.requireSignedIn(command.actor());
        ApiKey revoked = transactions.inTransaction(() -> {
            Optional<IssuerId> owner = Optional.ofNullable(command.issuer())
                    .map(issuer -> access.issuerFor(command.actor(), issuer).id());
            ApiKey key = apiKeys.findById(command.key())
                    .filter(k -> owner.map(k.issuer()::equals).orElse(true))
                    .filter(k -> access.mayActFor(command.actor(), k.issuer()))
                    .orElseThrow(NotFound::apiKey);
            ApiKey done = key.revoke(clock.now());
            apiKeys.update(done);
            return done;
        });
        known.forget();
        return revoked;
    }

    @Override
    public List<ApiKey> listApiKeys(ListApiKeysQuery query) {
        validator.validate(query);
        return transactions.readOnly(() -> {
            Issuer issuer = access.issuerFor(query.actor(), query.issuer());
            return apiKeys.findByIssuer(issuer.id());
        });
    }

    @Override
    public Issuer authenticateApiKey(String secret) {
        if (secret == null || secret.isEmpty() || secret.length() > MAX_SECRET_LENGTH) {
            throw InvalidCredentials.refusal();
        }
        SecretHash hash = SecretHash.of(secret);
        Optional<Issuer> remembered = known.issuerOf(hash, secret);
        if (remembered.isPresent()) {
            return remembered.get();
        }
        long generation = known.generation();
        return transactions.readOnly(() -> apiKeys.findBySecretHash(hash)
                .filter(ApiKey::isActive).filter(key -> key.matches(secret))
                .flatMap(key -> issuers.findById(key.issuer()).map(issuer -> {
                    known.remember(generation, key, issuer);
                    return issuer;
                }))).orElseThrow(InvalidCredentials::refusal);
    }

    /**
     * The API keys this instance found active in the last few seconds, by the hash of their secret, so that a
     * client's next requests skip the key's read transaction. Only hashes are kept (the key as the store holds
     * it); a hit is still checked against the secret in constant time. Bounded: when full, it is emptied. A
     * revocation through this instance {@link #forget forgets} every key at once, and a look-up that read the
     * store before the revocation cannot put its key back afterwards (a generation it must still match). A key
     * revoked through another instance on the same database works here until its entry ends: at most
     * {@link #LIFETIME} (docs/decisions.md).
     */
    static final class KnownKeys {

        /** How long a key read from the store is taken as active without reading it again. */
        static final Duration LIFETIME = Duration.ofSeconds(5);
        /** The most keys kept. */
        static final int CAPACITY = 1_000;

        private final ClockPort clock;
        private final Map<SecretHash, Known> byHash = new ConcurrentHashMap<>();
        private final AtomicLong generation = new AtomicLong();

        KnownKeys(ClockPort clock) {
            this.clock = requireNonNull(clock, "clock");
        }

        /** A key found active, the issuer it stands for, and until when it is taken as such. */
        private record Known(ApiKey key, Issuer issuer, Instant until) {
        }

        /** The generation a look-up in the store starts under; {@link #remember} keeps its key only if unchanged. */
        long generation() {
            return generation.get();
        }

        /** The issuer of the active key with this secret, if this instance read it within its lifetime. */
        Optional<Issuer> issuerOf(SecretHash hash, String secret) {
            Known known = byHash.get(hash);
            if (known == null) {
                return Optional.empty();
            }
            if (!clock.now().isBefore(known.until())) {
                byHash.remove(hash, known);
                return Optional.empty();
            }
            return known.key().matches(secret) ? Optional.of(known.issuer()) : Optional.empty();
        }

        /** Keeps an active key read from the store under {@code since}, unless a revocation came in between. */
        void remember(long since, ApiKey key, Issuer issuer) {
            if (!key.isActive() || generation.get() != since) {
                return;
            }
            if (byHash.size() >= CAPACITY) {
                byHash.clear();
            }
            byHash.put(key.secretHash(), new Known(key, issuer, clock.now().plus(LIFETIME)));
            if (generation.get() != since) {
                byHash.remove(key.secretHash());
            }
        }

        /** Forgets every key, and every look-up still running, after a key was revoked. */
        void forget() {
            generation.incrementAndGet();
            byHash.clear();
        }
    }
}
