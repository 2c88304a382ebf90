package dev.accolade.adapter.in.rest.auth;

import dev.accolade.application.port.in.InvalidCredentials;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the token from an {@code Authorization} header: {@code Bearer <token>}, or HTTP Basic
 * with the token as user name and an empty password. Never logs what it reads.
 */
public final class AuthorizationHeader {

    private static final String BEARER = "bearer ";
    private static final String BASIC = "basic ";

    private AuthorizationHeader() {
    }

    /** The token, empty when there is no header, or {@code invalid_credentials} when it is unusable. */
    public static Optional<String> tokenOf(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return Optional.empty();
        }
        String header = authorization.strip();
        String scheme = header.length() >= BEARER.length() ? header.substring(0, BEARER.length()) : header;
        if (scheme.toLowerCase(Locale.ROOT).equals(BEARER)) {
            return Optional.of(nonBlank(header.substring(BEARER.length()).strip()));
        }
        scheme = header.length() >= BASIC.length() ? header.substring(0, BASIC.length()) : header;
        if (scheme.toLowerCase(Locale.ROOT).equals(BASIC)) {
            return Optional.of(basicUser(header.substring(BASIC.length()).strip()));
        }
        throw InvalidCredentials.refusal();
    }

    private static String basicUser(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw InvalidCredentials.refusal();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0 || colon != decoded.length() - 1) {
            throw InvalidCredentials.refusal();
        }
        return nonBlank(decoded.substring(0, colon));
    }

    private static String nonBlank(String token) {
        if (token.isBlank()) {
            throw InvalidCredentials.refusal();
        }
        return token;
    }
}
