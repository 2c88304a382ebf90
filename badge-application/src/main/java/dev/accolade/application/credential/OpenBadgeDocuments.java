package dev.accolade.application.credential;

/**
 * The credential feature's hosted half: what verifiers fetch by URL, namely Open Badges 2.0
 * Assertions, badge classes and achievements, issuer profiles with their keys, and status lists.
 */
public interface OpenBadgeDocuments extends GetAssertionUseCase, GetBadgeClassUseCase, GetIssuerProfileUseCase,
        PinCredentialBaseUseCase {
}
