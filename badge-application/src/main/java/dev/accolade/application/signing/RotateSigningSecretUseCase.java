package dev.accolade.application.signing;

/** Sets an issuer's signing secret, generated or imported; the old one stops working at once. */
public interface RotateSigningSecretUseCase {

    /** The new secret in clear, this once. */
    CreatedSigningSecret rotateSigningSecret(RotateSigningSecretCommand command);
}
