package dev.accolade.application.signing;

/**
 * The signed-request feature, for APIs that address an issuer by its slug: the issuer's signing
 * secret, and telling whether a request may write to it.
 */
public interface SignedRequests extends RotateSigningSecretUseCase, AuthenticateIssuerUseCase, ResolveIssuerUseCase {
}
