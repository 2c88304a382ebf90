package dev.accolade.application.credential;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.SecretSealerPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.UniqueConstraintViolation;
import dev.accolade.application.port.out.credential.GeneratedKeyPair;
import dev.accolade.application.port.out.credential.IssuerKeyRepository;
import dev.accolade.application.port.out.credential.KeyPairPort;
import dev.accolade.application.port.out.credential.PublishedKey;
import dev.accolade.application.port.out.credential.SigningKey;
import dev.accolade.domain.credential.IssuerKey;
import dev.accolade.domain.credential.KeyAlgorithm;
import dev.accolade.domain.issuer.Issuer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An issuer's signing keys: made on first use (one per algorithm), opened for one signature at a
 * time, published with the retired ones, and rotated. Key pairs are made outside any unit of work.
 */
final class IssuerKeyring {

    private final TransactionPort transactions;
    private final IssuerKeyRepository keys;
    private final KeyPairPort generator;
    private final SecretSealerPort sealer;
    private final ClockPort clock;

    IssuerKeyring(TransactionPort transactions, IssuerKeyRepository keys, KeyPairPort generator,
            SecretSealerPort sealer, ClockPort clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.keys = requireNonNull(keys, "keys");
        this.generator = requireNonNull(generator, "generator");
        this.sealer = requireNonNull(sealer, "sealer");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Every key of the issuer, an active one of each algorithm made first when there is none. */
    List<IssuerKey> keysOf(Issuer issuer) {
        List<IssuerKey> stored = transactions.readOnly(() -> keys.findByIssuer(issuer.id()));
        List<KeyAlgorithm> missing = missing(stored);
        if (missing.isEmpty()) {
            return stored;
        }
        Map<KeyAlgorithm, GeneratedKeyPair> made = generate(missing);
        try {
            return transactions.inTransaction(() -> {
                List<IssuerKey> now = keys.findByIssuer(issuer.id());
                for (KeyAlgorithm algorithm : missing(now)) {
                    keys.insert(newKey(issuer, algorithm, nextGeneration(now, algorithm),
                            made.computeIfAbsent(algorithm, generator::generate), clock.now()));
                }
                return keys.findByIssuer(issuer.id());
            });
        } catch (UniqueConstraintViolation madeMeanwhile) {
            return transactions.readOnly(() -> keys.findByIssuer(issuer.id()));
        }
    }

    /** The keys the issuer has, none made: what its profile publishes. */
    List<IssuerKey> existing(Issuer issuer) {
        return transactions.readOnly(() -> keys.findByIssuer(issuer.id()));
    }

    /** The issuer's active key of an algorithm, opened, named as its documents name it. */
    SigningKey signer(Issuer issuer, KeyAlgorithm algorithm, CredentialUrls urls) {
        IssuerKey active = keysOf(issuer).stream().filter(key -> key.algorithm() == algorithm)
                .filter(IssuerKey::isActive).findFirst()
                .orElseThrow(() -> new IllegalStateException("no active " + algorithm + " key of " + issuer));
        byte[] pkcs8 = Base64.getDecoder().decode(sealer.open(active.privateKey()));
        return new SigningKey(published(issuer, active, urls).id(), algorithm, pkcs8, active.createdAt());
    }

    /** A key's public half as it is published: a fragment of the profile, or a JWK URL for RSA. */
    PublishedKey published(Issuer issuer, IssuerKey key, CredentialUrls urls) {
        String id = key.algorithm() == KeyAlgorithm.ED25519 ? urls.verificationMethod(issuer.slug(), key.name())
                : urls.jwk(issuer.slug(), key.name());
        return new PublishedKey(id, urls.issuerV3(issuer.slug()), key.algorithm(), key.publicKey());
    }

    /** Replaces each active key with one of the next generation, retiring the old; every key after. */
    List<IssuerKey> rotate(Issuer issuer) {
        Map<KeyAlgorithm, GeneratedKeyPair> made = generate(List.of(KeyAlgorithm.values()));
        return transactions.inTransaction(() -> {
            Instant now = clock.now();
            List<IssuerKey> stored = keys.findByIssuer(issuer.id());
            for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
                stored.stream().filter(key -> key.algorithm() == algorithm).filter(IssuerKey::isActive)
                        .forEach(key -> keys.update(key.retire(now)));
                keys.insert(newKey(issuer, algorithm, nextGeneration(stored, algorithm), made.get(algorithm), now));
            }
            return keys.findByIssuer(issuer.id());
        });
    }

    /** The key of this name, active or retired, among those the issuer has. */
    Optional<IssuerKey> named(Issuer issuer, String name) {
        return existing(issuer).stream().filter(key -> key.name().equals(name)).findFirst();
    }

    private IssuerKey newKey(Issuer issuer, KeyAlgorithm algorithm, int generation, GeneratedKeyPair pair,
            Instant now) {
        return IssuerKey.create(issuer.id(), algorithm, generation, pair.spki(), sealer.seal(pair.pkcs8()), now);
    }

    private Map<KeyAlgorithm, GeneratedKeyPair> generate(List<KeyAlgorithm> algorithms) {
        Map<KeyAlgorithm, GeneratedKeyPair> made = new EnumMap<>(KeyAlgorithm.class);
        for (KeyAlgorithm algorithm : algorithms) {
            made.put(algorithm, generator.generate(algorithm));
        }
        return made;
    }

    private static int nextGeneration(List<IssuerKey> stored, KeyAlgorithm algorithm) {
        return stored.stream().filter(key -> key.algorithm() == algorithm).mapToInt(IssuerKey::generation).max()
                .orElse(0) + 1;
    }

    private static List<KeyAlgorithm> missing(List<IssuerKey> stored) {
        List<KeyAlgorithm> missing = new ArrayList<>();
        for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
            if (stored.stream().noneMatch(key -> key.algorithm() == algorithm && key.isActive())) {
                missing.add(algorithm);
            }
        }
        return missing;
    }
}
