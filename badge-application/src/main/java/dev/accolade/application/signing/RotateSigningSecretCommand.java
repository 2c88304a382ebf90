package dev.accolade.application.signing;

import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.IssuerId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Give an issuer a new signing secret, replacing the one it had.
 *
 * @param actor who asks: the operator, the issuer itself, or its owner
 * @param issuer the issuer
 * @param secret a secret to import, such as the key of a service moving over from elsewhere (6 to 200
 *     printable ASCII characters, no spaces); null to have one generated, which is the better choice
 */
public record RotateSigningSecretCommand(@NotNull Actor actor, @NotNull IssuerId issuer,
        @Size(min = RotateSigningSecretCommand.MIN_IMPORTED_LENGTH, max = RotateSigningSecretCommand.MAX_LENGTH)
        @Pattern(regexp = "[\\x21-\\x7e]+") String secret) {

    /** The shortest secret accepted for import. */
    public static final int MIN_IMPORTED_LENGTH = 6;
    /** The longest secret accepted. */
    public static final int MAX_LENGTH = 200;

    @Override
    public String toString() {
        return "RotateSigningSecretCommand[" + actor + ", " + issuer + (secret == null ? "" : ", imported") + "]";
    }
}
