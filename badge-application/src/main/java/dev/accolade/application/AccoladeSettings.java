package dev.accolade.application;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.CredentialUrls;
import dev.accolade.domain.common.WebUrl;
import java.time.Duration;
import java.util.Optional;

/**
 * How the use cases behave where deployments differ.
 *
 * @param sandbox the specifications' sandbox: templates approved on creation, registrations confirmed at once
 * @param sessionLifetime how long a member's sign-in token works
 * @param publicUrl the base URL the server is reached at from outside, which credential ids derive from
 * @param publicUrlConfigured whether an operator chose the public URL, so that issuers' credential bases are
 *     pinned to it; a local default is never pinned, so that configuring the real address later moves them
 */
public record AccoladeSettings(boolean sandbox, Duration sessionLifetime, WebUrl publicUrl,
        boolean publicUrlConfigured) {

    /** The public URL when none is configured: this machine, on the default port. */
    public static final WebUrl LOCAL_URL = new WebUrl("http://localhost:8080");
    /** Production behaviour: moderation and confirmation on, sessions of 30 days, reached on this machine. */
    public static final AccoladeSettings DEFAULT = new AccoladeSettings(false, Duration.ofDays(30), LOCAL_URL,
            false);

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
        return new AccoladeSettings(on, sessionLifetime, publicUrl, publicUrlConfigured);
    }

    /** These settings with the public URL an operator chose: issuers' credential bases are pinned to it. */
    public AccoladeSettings withPublicUrl(WebUrl url) {
        return new AccoladeSettings(sandbox, sessionLifetime, url, true);
    }

    /** These settings with a local default for the public URL (this machine): nothing is pinned to it. */
    public AccoladeSettings withLocalUrl(WebUrl url) {
        return new AccoladeSettings(sandbox, sessionLifetime, url, false);
    }

    /** The base new issuers' credentials are pinned to: the public URL, when an operator chose it. */
    public Optional<WebUrl> pinnedBase() {
        return publicUrlConfigured ? Optional.of(publicUrl) : Optional.empty();
    }
}
