package dev.accolade.application.verification;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.credential.CredentialVerifierPort;
import dev.accolade.application.port.out.credential.DocumentResolverPort;
import dev.accolade.application.port.out.credential.Presentation;
import dev.accolade.domain.credential.VerificationReport;
import dev.accolade.domain.error.DomainException;

/**
 * Verifies what is presented with the verifier, resolving this server's own documents directly and
 * everyone else's through the outbound guard.
 */
final class VerificationService implements Verifications {

    private final CredentialVerifierPort verifier;
    private final DocumentResolverPort resolver;
    private final ClockPort clock;

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
        return verifier.verify(presentation, resolver, clock.now());
    }

    private static DomainException invalid(String message) {
        return DomainException.invalid("verification_input_invalid", message);
    }
}
