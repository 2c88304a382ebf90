package dev.accolade.application.support;

import dev.accolade.application.port.out.TokenGeneratorPort;
import java.security.SecureRandom;

/** Tokens of letters and digits drawn uniformly from {@link SecureRandom}. */
public final class SecureRandomTokenGenerator implements TokenGeneratorPort {

    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            .toCharArray();
    private final SecureRandom random = new SecureRandom();

    @Override
    public String newToken(int length) {
        if (length < 1) {
            throw new IllegalArgumentException("a token has at least one character");
        }
        char[] token = new char[length];
        for (int i = 0; i < length; i++) {
            token[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(token);
    }

    @Override
    public int newIndex(int bound) {
        return random.nextInt(bound);
    }
}
