package dev.accolade.application.port.out;

/** Unpredictable secrets for tokens and keys, from a cryptographically strong source. */
public interface TokenGeneratorPort {

    /** A random string of letters and digits of the given length. */
    String newToken(int length);

    /** A number drawn uniformly from 0 up to, not including, the bound. */
    int newIndex(int bound);
}
