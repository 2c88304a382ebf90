package dev.accolade.application.signing;

import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.SecretSealerPort;
import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.application.port.out.TransactionPort;
import dev.accolade.application.port.out.issuer.ApiKeyRepository;
import dev.accolade.application.port.out.issuer.IssuerRepository;
import dev.accolade.application.port.out.issuer.SigningSecretRepository;
import dev.accolade.application.port.out.issuer.UsedSignatureRepository;
import dev.accolade.application.shared.Access;
import dev.accolade.application.shared.CommandValidator;

/** Builds the signed-request feature's services over the ports and collaborators they use. */
public final class SigningWiring {

    private SigningWiring() {
    }

    /** The SignedRequests facade. */
    public static SignedRequests signedRequests(TransactionPort transactions, IdGeneratorPort ids,
            IssuerRepository issuers, ApiKeyRepository apiKeys, SigningSecretRepository signingSecrets,
            UsedSignatureRepository usedSignatures, ClockPort clock, SecretSealerPort sealer,
            TokenGeneratorPort tokens, CommandValidator validator, Access access, AccoladeSettings settings) {
        return new SignedRequestService(transactions, ids, issuers, apiKeys, signingSecrets, usedSignatures, clock,
                sealer, tokens, validator, access, settings);
    }
}
