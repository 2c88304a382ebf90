package dev.accolade.application.credential;

/**
 * The credential feature's signing half: every award an Open Badges 3.0 credential (Data Integrity or
 * VC-JWT) and a baked image, and the issuer keys that sign them.
 */
public interface Credentials extends GetCredentialUseCase, GetBakedBadgeUseCase, RotateIssuerKeysUseCase {
}
