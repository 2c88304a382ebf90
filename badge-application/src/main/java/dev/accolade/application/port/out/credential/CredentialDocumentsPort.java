package dev.accolade.application.port.out.credential;

import java.time.Instant;
import java.util.List;

/**
 * Writes the Open Badges documents of awards, templates and issuers, and signs those that carry a
 * proof. Every document is JSON text; contexts come from the bundle the adapter ships, never from the
 * network.
 */
public interface CredentialDocumentsPort {

    /** An Open Badges 2.0 Assertion with hosted verification. */
    String assertion(CredentialFacts award);

    /** What a revoked Open Badges 2.0 Assertion's URL answers: its id, {@code revoked} and the reason. */
    String revokedAssertion(String assertionId, String reason);

    /** An Open Badges 2.0 BadgeClass. */
    String badgeClass(BadgeFacts badge);

    /** An Open Badges 2.0 issuer Profile. */
    String issuerProfile(IssuerFacts issuer);

    /** An Open Badges 3.0 Achievement. */
    String achievement(BadgeFacts badge);

    /** An Open Badges 3.0 issuer Profile that is also the controller document of its keys. */
    String controllerProfile(IssuerFacts issuer, List<PublishedKey> keys);

    /** A public key as a JWK, public part only. */
    String jwk(PublishedKey key);

    /** An OpenBadgeCredential secured with a Data Integrity {@code eddsa-rdfc-2022} proof. */
    String credential(CredentialFacts award, SigningKey key, Instant created);

    /** An OpenBadgeCredential as a VC-JWT signed with {@code RS256}. */
    String credentialJwt(CredentialFacts award, SigningKey key);

    /** A BitstringStatusListCredential secured with a Data Integrity proof. */
    String statusList(StatusListFacts list, SigningKey key, Instant created);
}
