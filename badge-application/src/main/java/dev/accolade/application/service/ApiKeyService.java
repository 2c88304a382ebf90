package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.NotFound;
import dev.accolade.application.port.in.issuer.AuthenticateApiKeyUseCase;
import dev.accolade.application.port.in.issuer.CreateApiKeyCommand;
import dev.accolade.application.port.in.issuer.CreateApiKeyUseCase;
import dev.accolade.application.port.in.issuer.CreatedApiKey;
import dev.accolade.application.port.in.issuer.ListApiKeysQuery;
import dev.accolade.application.port.in.issuer.ListApiKeysUseCase;
import dev.accolade.application.port.in.issuer.RevokeApiKeyCommand;
import dev.accolade.application.port.in.issuer.RevokeApiKeyUseCase;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.issuer.ApiKey;
import dev.accolade.domain.issuer.ApiKeyId;
import dev.accolade.domain.issuer.Issuer;
import java.util.List;

/** Issues, lists and revokes issuers' API keys, and authenticates requests by them. */
public final class ApiKeyService
        implements CreateApiKeyUseCase, RevokeApiKeyUseCase, ListApiKeysUseCase, AuthenticateApiKeyUseCase {

    /** What every secret starts with, so that leaked keys are easy to recognise and scan for. */
    public static final String SECRET_PREFIX = "acc_";
    /** The random characters after the prefix: about 238 bits. */
    static final int SECRET_RANDOM_LENGTH = 40;
    /** The most active keys one issuer may hold. */
    static final int MAX_ACTIVE_KEYS = 100;
    private static final int MAX_SECRET_LENGTH = 256;

    private final StorePorts store;
    private final ClockPort clock;
    private final TokenGeneratorPort tokens;
    private final CommandValidator validator;
    private final Access access;

    ApiKeyService(StorePorts store, ClockPort clock, TokenGeneratorPort tokens, CommandValidator validator,
            Access access) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.tokens = requireNonNull(tokens, "tokens");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
    }

    @Override
    public CreatedApiKey createApiKey(CreateApiKeyCommand command) {
        validator.validate(command);
        String secret = SECRET_PREFIX + tokens.newToken(SECRET_RANDOM_LENGTH);
        return store.transactions().inTransaction(() -> {
            Issuer issuer = access.issuerFor(command.actor(), command.issuer());
            long active = store.apiKeys().findByIssuer(issuer.id()).stream().filter(ApiKey::isActive).count();
            if (active >= MAX_ACTIVE_KEYS) {
                throw DomainException.ruleViolation("api_key_limit_reached",
                        "An issuer may hold at most " + MAX_ACTIVE_KEYS + " active API keys; revoke one first.");
            }
            ApiKey key = ApiKey.issue(new ApiKeyId(store.ids().nextId()), issuer.id(), command.label(), secret,
                    clock.now());
            store.apiKeys().insert(key);
            return new CreatedApiKey(key, secret);
        });
    }

    @Override
    public ApiKey revokeApiKey(RevokeApiKeyCommand command) {
        validator.validate(command);
        access.requireSignedIn(command.actor());
        return store.transactions().inTransaction(() -> {
            ApiKey key = store.apiKeys().findById(command.key())
                    .filter(k -> access.mayActFor(command.actor(), k.issuer()))
                    .orElseThrow(NotFound::apiKey);
            ApiKey revoked = key.revoke(clock.now());
            store.apiKeys().update(revoked);
            return revoked;
        });
    }

    @Override
    public List<ApiKey> listApiKeys(ListApiKeysQuery query) {
        validator.validate(query);
        return store.transactions().readOnly(() -> {
            Issuer issuer = access.issuerFor(query.actor(), query.issuer());
            return store.apiKeys().findByIssuer(issuer.id());
        });
    }

    @Override
    public Issuer authenticateApiKey(String secret) {
        if (secret == null || secret.isEmpty() || secret.length() > MAX_SECRET_LENGTH) {
            throw Credentials.invalid();
        }
        return store.transactions().readOnly(() -> store.apiKeys().findBySecretHash(SecretHash.of(secret))
                .filter(ApiKey::isActive).filter(key -> key.matches(secret))
                .flatMap(key -> store.issuers().findById(key.issuer()))).orElseThrow(Credentials::invalid);
    }
}
