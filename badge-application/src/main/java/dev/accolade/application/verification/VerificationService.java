package dev.accolade.application.verification;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.credential.CredentialVerifierPort;
import dev.accolade.application.port.out.credential.DocumentResolverPort;
import dev.accolade.application.port.out.credential.Presentation;
import dev.accolade.domain.credential.VerificationReport;
import dev.accolade.domain.error.DomainException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Verifies what is presented with the verifier, resolving this server's own documents directly and
 * everyone else's through the outbound guard; at most {@value #AT_ONCE} at a time, since anyone may ask
 * and one may cost seconds of work.
 */
final class VerificationService implements Verifications {

    /** How many verifications run at once; each may canonicalize and fetch for seconds. */
    static final int AT_ONCE = 2;
    /** How long a verification waits for its turn before it is refused. */
    static final Duration TURN = Duration.ofSeconds(30);

    private final CredentialVerifierPort verifier;
    private final DocumentResolverPort resolver;
    private final ClockPort clock;
    private final Semaphore turns = new Semaphore(AT_ONCE, true);

    VerificationService(CredentialVerifierPort verifier, DocumentResolverPort resolver, ClockPort clock) {
        this.verifier = requireNonNull(verifier, "verifier");
        this.resolver = requireNonNull(resolver, "resolver");
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public VerificationReport verifyCredential(VerifyCredentialCommand command) {
        requireNonNull(command, "command");
        if (command.content().length == 0) {
            throw invalid("Nothing was presented: send a baked image, a credential, a VC-JWT or a URL.");
        }
        if (command.content().length > VerifyCredentialCommand.MAX_BYTES) {
            throw invalid("What was presented is larger than " + VerifyCredentialCommand.MAX_BYTES + " bytes.");
        }
        Presentation presentation = new Presentation(Presentation.Kind.valueOf(command.kind().name()),
                command.content());
        if (!waitForTurn()) {
            throw DomainException.conflict("verification_busy", "Too many verifications are running; try again"
                    + " in a moment.");
        }
        try {
            return verifier.verify(presentation, resolver, clock.now());
        } finally {
            turns.release();
        }
    }

    private boolean waitForTurn() {
        try {
            return turns.tryAcquire(TURN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static DomainException invalid(String message) {
        return DomainException.invalid("verification_input_invalid", message);
    }
}
