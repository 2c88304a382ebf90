package dev.accolade.application;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.CallbackSenderPort;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.PasswordHasherPort;
import dev.accolade.application.port.out.RemoteContentPort;
import dev.accolade.application.port.out.RemoteDocumentPort;
import dev.accolade.application.port.out.SecretSealerPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.application.port.out.credential.BadgeImagesPort;
import dev.accolade.application.port.out.credential.CredentialDocumentsPort;
import dev.accolade.application.port.out.credential.CredentialVerifierPort;
import dev.accolade.application.port.out.credential.KeyPairPort;
import dev.accolade.application.support.AesGcmSecretSealer;
import dev.accolade.application.support.JdkKeyPairs;
import dev.accolade.application.support.NoCallbackSender;
import dev.accolade.application.support.NoOpenBadges;
import dev.accolade.application.support.NoRemoteContent;
import dev.accolade.application.support.NoRemoteDocuments;
import dev.accolade.application.support.Pbkdf2PasswordHasher;
import dev.accolade.application.support.SecureRandomTokenGenerator;
import dev.accolade.application.support.SystemClock;
import dev.accolade.application.support.Validators;
import jakarta.validation.Validator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/** Assembles an {@link Accolade}; only the store is required, every capability has a production default. */
public final class AccoladeBuilder {

    private StorePorts store;
    private ClockPort clock = new SystemClock();
    private PasswordHasherPort passwordHasher;
    private TokenGeneratorPort tokenGenerator = new SecureRandomTokenGenerator();
    private Validator validator;
    private AccoladeSettings settings = AccoladeSettings.DEFAULT;
    private SecretSealerPort secretSealer;
    private RemoteContentPort remoteContent = new NoRemoteContent();
    private CallbackSenderPort callbackSender = new NoCallbackSender();
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
    private KeyPairPort keyPairs = new JdkKeyPairs();
    private CredentialDocumentsPort credentialDocuments = new NoOpenBadges();
    private BadgeImagesPort badgeImages = new NoOpenBadges();
    private CredentialVerifierPort credentialVerifier = new NoOpenBadges();
    private RemoteDocumentPort remoteDocuments = new NoRemoteDocuments();

    AccoladeBuilder() {
    }

    /** The store: repositories, transactions, ids and events. */
    public AccoladeBuilder store(StorePorts value) {
        this.store = requireNonNull(value, "store");
        return this;
    }

    /** The clock; the system clock by default. */
    public AccoladeBuilder clock(ClockPort value) {
        this.clock = requireNonNull(value, "clock");
        return this;
    }

    /** The password hasher; PBKDF2 at 600,000 iterations by default. */
    public AccoladeBuilder passwordHasher(PasswordHasherPort value) {
        this.passwordHasher = requireNonNull(value, "passwordHasher");
        return this;
    }

    /** The token generator; {@link java.security.SecureRandom} by default. */
    public AccoladeBuilder tokenGenerator(TokenGeneratorPort value) {
        this.tokenGenerator = requireNonNull(value, "tokenGenerator");
        return this;
    }

    /** The Jakarta validator; one from the provider on the class path by default. */
    public AccoladeBuilder validator(Validator value) {
        this.validator = requireNonNull(value, "validator");
        return this;
    }

    /**
     * What seals secrets the server must read again, such as signing secrets; by default AES-GCM
     * under a key drawn for this instance, so that they do not survive it.
     */
    public AccoladeBuilder secretSealer(SecretSealerPort value) {
        this.secretSealer = requireNonNull(value, "secretSealer");
        return this;
    }

    /** The settings; production behaviour by default. */
    public AccoladeBuilder settings(AccoladeSettings value) {
        this.settings = requireNonNull(value, "settings");
        return this;
    }

    /** Downloads images and files named by URL; by default none are ({@code url_fetch_unavailable}). */
    public AccoladeBuilder remoteContent(RemoteContentPort value) {
        this.remoteContent = requireNonNull(value, "remoteContent");
        return this;
    }

    /** Checks and sends offer callbacks; by default URLs are accepted and nothing is sent. */
    public AccoladeBuilder callbackSender(CallbackSenderPort value) {
        this.callbackSender = requireNonNull(value, "callbackSender");
        return this;
    }

    /** The fraction, in [0, 1], of each retry delay's ceiling that is waited; random by default. */
    public AccoladeBuilder retryJitter(DoubleSupplier value) {
        this.jitter = requireNonNull(value, "jitter");
        return this;
    }

    /**
     * The Open Badges adapter: documents (and their proofs), images, and the verifier; by default
     * none, and every credential document is refused with {@code open_badges_unavailable}.
     */
    public AccoladeBuilder openBadges(CredentialDocumentsPort documents, BadgeImagesPort images,
            CredentialVerifierPort verifier) {
        this.credentialDocuments = requireNonNull(documents, "documents");
        this.badgeImages = requireNonNull(images, "images");
        this.credentialVerifier = requireNonNull(verifier, "verifier");
        return this;
    }

    /** Fetches other issuers' documents for verification; by default none are ({@code url_fetch_unavailable}). */
    public AccoladeBuilder remoteDocuments(RemoteDocumentPort value) {
        this.remoteDocuments = requireNonNull(value, "remoteDocuments");
        return this;
    }

    /** Makes issuers' signing key pairs; the JDK's generators by default. */
    public AccoladeBuilder keyPairs(KeyPairPort value) {
        this.keyPairs = requireNonNull(value, "keyPairs");
        return this;
    }

    /** The assembled features, with every issuer not pinned yet pinned to the public URL. */
    public Accolade build() {
        if (store == null) {
            throw new IllegalStateException("Accolade needs a store; use Accolade.inMemory() or builder().store(…)");
        }
        if (passwordHasher == null) {
            passwordHasher = new Pbkdf2PasswordHasher();
        }
        if (secretSealer == null) {
            secretSealer = AesGcmSecretSealer.withRandomKey();
        }
        if (validator == null) {
            validator = Validators.create();
        }
        FeatureAssembly accolade = FeatureAssembly.of(this);
        accolade.openBadgeDocuments().pinCredentialBase();
        return accolade;
    }

    StorePorts store() {
        return store;
    }

    ClockPort clock() {
        return clock;
    }

    PasswordHasherPort passwordHasher() {
        return passwordHasher;
    }

    TokenGeneratorPort tokenGenerator() {
        return tokenGenerator;
    }

    Validator validator() {
        return validator;
    }

    AccoladeSettings settings() {
        return settings;
    }

    SecretSealerPort secretSealer() {
        return secretSealer;
    }

    RemoteContentPort remoteContent() {
        return remoteContent;
    }

    CallbackSenderPort callbackSender() {
        return callbackSender;
    }

    DoubleSupplier retryJitter() {
        return jitter;
    }

    KeyPairPort keyPairs() {
        return keyPairs;
    }

    CredentialDocumentsPort credentialDocuments() {
        return credentialDocuments;
    }

    BadgeImagesPort badgeImages() {
        return badgeImages;
    }

    CredentialVerifierPort credentialVerifier() {
        return credentialVerifier;
    }

    RemoteDocumentPort remoteDocuments() {
        return remoteDocuments;
    }
}
