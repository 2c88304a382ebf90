package dev.accolade.application.verification;

import dev.accolade.application.credential.Credentials;
import dev.accolade.application.credential.OpenBadgeDocuments;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.RemoteDocumentPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.credential.CredentialVerifierPort;
import dev.accolade.application.port.out.issuer.IssuerRepository;
import dev.accolade.domain.common.WebUrl;

/** Builds the verification feature's service over the verifier and the documents it resolves. */
public final class VerificationWiring {

    private VerificationWiring() {
    }

    /** The Verifications facade: this server's documents read directly, others' fetched through the guard. */
    public static Verifications verifications(CredentialVerifierPort verifier, OpenBadgeDocuments documents,
            Credentials credentials, RemoteDocumentPort remote, TransactionPort transactions, IssuerRepository issuers,
            WebUrl publicUrl, ClockPort clock) {
        return new VerificationService(verifier,
                new LocalFirstResolver(documents, credentials, remote, transactions, issuers, publicUrl), clock);
    }
}
