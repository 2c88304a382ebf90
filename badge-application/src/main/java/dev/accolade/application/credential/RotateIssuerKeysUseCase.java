package dev.accolade.application.credential;

import java.util.List;

/** Replaces an issuer's signing keys with new ones, keeping the old public keys published. */
public interface RotateIssuerKeysUseCase {

    /** Every key of the issuer after the rotation, the new active ones included. */
    List<IssuerKeyView> rotateIssuerKeys(RotateIssuerKeysCommand command);
}
