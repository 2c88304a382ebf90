package dev.accolade.application.shared;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.out.TokenGeneratorPort;
import dev.accolade.application.port.out.credential.AwardCredentialRepository;
import dev.accolade.domain.award.AwardCredential;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.award.StatusSlot;
import dev.accolade.domain.common.PublicId;
import dev.accolade.domain.issuer.IssuerId;

/**
 * Makes a new award's credential: a random public id and recipient salt, and a random free slot in
 * the issuer's status list its id falls in. A list is at most half full, so a free slot turns up
 * within a few draws.
 */
final class CredentialMinting {

    /** Draws before giving up, which at a half-full list happens once in 2^64. */
    private static final int MAX_DRAWS = 64;

    private final TokenGeneratorPort random;
    private final AwardCredentialRepository credentials;

    CredentialMinting(TokenGeneratorPort random, AwardCredentialRepository credentials) {
        this.random = requireNonNull(random, "random");
        this.credentials = requireNonNull(credentials, "credentials");
    }

    /** The credential of an award about to be made by an issuer. */
    AwardCredential mint(AwardId award, IssuerId issuer) {
        long list = StatusSlot.listOf(award);
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            StatusSlot slot = new StatusSlot(list, random.newIndex(StatusSlot.LIST_SIZE));
            if (!credentials.isSlotTaken(issuer, slot)) {
                return new AwardCredential(new PublicId(random.newToken(PublicId.LENGTH)),
                        random.newToken(AwardCredential.SALT_LENGTH), slot);
            }
        }
        throw new IllegalStateException("no free status slot in list " + list + " of " + issuer);
    }
}
