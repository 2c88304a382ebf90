package dev.accolade.application.support;

import dev.accolade.application.port.out.credential.BadgeFacts;
import dev.accolade.application.port.out.credential.BadgeImagesPort;
import dev.accolade.application.port.out.credential.CredentialDocumentsPort;
import dev.accolade.application.port.out.credential.CredentialFacts;
import dev.accolade.application.port.out.credential.CredentialVerifierPort;
import dev.accolade.application.port.out.credential.DocumentResolverPort;
import dev.accolade.application.port.out.credential.IssuerFacts;
import dev.accolade.application.port.out.credential.Presentation;
import dev.accolade.application.port.out.credential.PublishedKey;
import dev.accolade.application.port.out.credential.SigningKey;
import dev.accolade.application.port.out.credential.StatusListFacts;
import dev.accolade.domain.credential.VerificationReport;
import dev.accolade.domain.error.DomainException;
import java.time.Instant;
import java.util.List;

/**
 * The Open Badges ports of an Accolade assembled without the Open Badges adapter (embedding, tests):
 * every document, image and verification is refused with {@code open_badges_unavailable}, so nothing
 * pretends to be a credential.
 */
public final class NoOpenBadges implements CredentialDocumentsPort, BadgeImagesPort, CredentialVerifierPort {

    /** The code of every refusal. */
    public static final String OPEN_BADGES_UNAVAILABLE = "open_badges_unavailable";

    @Override
    public String assertion(CredentialFacts award) {
        throw unavailable();
    }

    @Override
    public String revokedAssertion(String assertionId, String reason) {
        throw unavailable();
    }

    @Override
    public String badgeClass(BadgeFacts badge) {
        throw unavailable();
    }

    @Override
    public String issuerProfile(IssuerFacts issuer) {
        throw unavailable();
    }

    @Override
    public String achievement(BadgeFacts badge) {
        throw unavailable();
    }

    @Override
    public String controllerProfile(IssuerFacts issuer, List<PublishedKey> keys) {
        throw unavailable();
    }

    @Override
    public String jwk(PublishedKey key) {
        throw unavailable();
    }

    @Override
    public String credential(CredentialFacts award, SigningKey key, Instant created) {
        throw unavailable();
    }

    @Override
    public String credentialJwt(CredentialFacts award, SigningKey key) {
        throw unavailable();
    }

    @Override
    public String statusList(StatusListFacts list, SigningKey key, Instant created) {
        throw unavailable();
    }

    @Override
    public byte[] defaultPng(String title, String issuer) {
        throw unavailable();
    }

    @Override
    public String defaultSvg(String title, String issuer) {
        throw unavailable();
    }

    @Override
    public String svgShowing(byte[] raster, String mediaType) {
        throw unavailable();
    }

    @Override
    public byte[] bakePng(byte[] png, String keyword, String text) {
        throw unavailable();
    }

    @Override
    public String bakeAssertionSvg(String svg, String assertionUrl, String assertion) {
        throw unavailable();
    }

    @Override
    public String bakeCredentialSvg(String svg, String credential) {
        throw unavailable();
    }

    @Override
    public VerificationReport verify(Presentation presentation, DocumentResolverPort resolver, Instant now) {
        throw unavailable();
    }

    private static DomainException unavailable() {
        return DomainException.ruleViolation(OPEN_BADGES_UNAVAILABLE,
                "This server was assembled without Open Badges support.");
    }
}
