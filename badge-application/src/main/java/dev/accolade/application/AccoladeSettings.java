package dev.accolade.application;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How the use cases behave where deployments differ.
 *
 * @param sandbox the specifications' sandbox: templates approved on creation, registrations confirmed at once
 * @param sessionLifetime how long a member's sign-in token works
 */
public record AccoladeSettings(boolean sandbox, Duration sessionLifetime) {

    /** Production behaviour: moderation and confirmation on, sessions of 30 days. */
    public static final AccoladeSettings DEFAULT = new AccoladeSettings(false, Duration.ofDays(30));

    /** Checks the session lifetime is positive. */
    public AccoladeSettings {
        requireNonNull(sessionLifetime, "sessionLifetime");
        if (sessionLifetime.isNegative() || sessionLifetime.isZero()) {
            throw new IllegalArgumentException("a session lifetime is positive");
        }
    }

    /** These settings with the sandbox switched on or off. */
    public AccoladeSettings withSandbox(boolean on) {
        return new AccoladeSettings(on, sessionLifetime);
    }
}
