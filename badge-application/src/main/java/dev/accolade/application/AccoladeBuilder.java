package dev.accolade.application;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.CallbackSenderPort;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.PasswordHasherPort;
import dev.accolade.application.port.out.RemoteContentPort;
import dev.accolade.application.port.out.SecretSealerPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.application.support.AesGcmSecretSealer;
import dev.accolade.application.support.NoCallbackSender;
import dev.accolade.application.support.NoRemoteContent;
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

    /** The assembled features. */
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
        return new FeatureAssembly(this);
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
}
