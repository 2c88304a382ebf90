package dev.accolade.application;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.domain.common.WebUrl;
import java.time.Duration;

/**
 * How the use cases behave where deployments differ.
 *
 * @param sandbox the specifications' sandbox: templates approved on creation, registrations confirmed at once
 * @param sessionLifetime how long a member's sign-in token works
 * @param publicUrl the base URL the server is reached at from outside, which new issuers' credential ids
 *     derive from
 */
public record AccoladeSettings(boolean sandbox, Duration sessionLifetime, WebUrl publicUrl) {

    /** The public URL when none is configured: this machine, on the default port. */
    public static final WebUrl LOCAL_URL = new WebUrl("http://localhost:8080");
    /** Production behaviour: moderation and confirmation on, sessions of 30 days, reached on this machine. */
    public static final AccoladeSettings DEFAULT = new AccoladeSettings(false, Duration.ofDays(30), LOCAL_URL);

    /** Checks the session lifetime is positive and the public URL is a bare base. */
    public AccoladeSettings {
        requireNonNull(publicUrl, "publicUrl");
        CredentialUrls.checkBase(publicUrl);
        requireNonNull(sessionLifetime, "sessionLifetime");
        if (sessionLifetime.isNegative() || sessionLifetime.isZero()) {
            throw new IllegalArgumentException("a session lifetime is positive");
        }
    }

    /** These settings with the sandbox switched on or off. */
    public AccoladeSettings withSandbox(boolean on) {
        return new AccoladeSettings(on, sessionLifetime, publicUrl);
    }

    /** These settings with another public URL. */
    public AccoladeSettings withPublicUrl(WebUrl url) {
        return new AccoladeSettings(sandbox, sessionLifetime, url);
    }
}
