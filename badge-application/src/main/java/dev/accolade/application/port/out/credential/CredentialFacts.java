package dev.accolade.application.port.out.credential;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One award as its credentials present it.
 *
 * @param assertionId the URL of its Open Badges 2.0 Assertion
 * @param credentialId the URL of its Open Badges 3.0 credential
 * @param badge what was awarded
 * @param recipient to whom, hashed
 * @param recipientName the name the recipient chose to show, when there is one
 * @param issuedOn when it was awarded
 * @param expires when it stops being valid, if ever
 * @param narrative the evidence's narrative, possibly empty
 * @param evidence the evidence's links
 * @param revocationReason why it was revoked, when it was
 * @param status where its revocation bit lives
 * @param image the URL of its baked PNG image
 */
public record CredentialFacts(String assertionId, String credentialId, BadgeFacts badge, RecipientFacts recipient,
        Optional<String> recipientName, Instant issuedOn, Optional<Instant> expires, String narrative,
        List<String> evidence, Optional<String> revocationReason, StatusFacts status, String image) {

    /** Checks every part is present. */
    public CredentialFacts {
        requireNonNull(assertionId, "assertionId");
        requireNonNull(credentialId, "credentialId");
        requireNonNull(badge, "badge");
        requireNonNull(recipient, "recipient");
        requireNonNull(recipientName, "recipientName");
        requireNonNull(issuedOn, "issuedOn");
        requireNonNull(expires, "expires");
        requireNonNull(narrative, "narrative");
        evidence = List.copyOf(evidence);
        requireNonNull(revocationReason, "revocationReason");
        requireNonNull(status, "status");
        requireNonNull(image, "image");
    }

    /**
     * Where a credential's revocation bit lives.
     *
     * @param id the URL of this status entry
     * @param list the URL of the status list credential
     * @param index the bit's index
     */
    public record StatusFacts(String id, String list, int index) {

        /** Checks both URLs are present. */
        public StatusFacts {
            requireNonNull(id, "id");
            requireNonNull(list, "list");
        }
    }
}
