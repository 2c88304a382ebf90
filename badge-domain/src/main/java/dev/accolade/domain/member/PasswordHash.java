package dev.accolade.domain.member;

/**
 * A password as stored: the encoded output of a slow key-derivation function, never the password.
 *
 * @param encoded the algorithm, its parameters, the salt and the derived key in one string
 */
public record PasswordHash(String encoded) {

    /** Checks the encoding is present and of sane size. */
    public PasswordHash {
        if (encoded == null || encoded.isBlank() || encoded.length() > 512) {
            throw new IllegalArgumentException("a password hash is a non-blank string of at most 512 characters");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[…]";
    }
}
