package dev.accolade.adapter.in.rest.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Tokens fixed when the server starts, such as the admin and metrics tokens: kept only as SHA-256 digests
 * and compared in constant time, every one of them each time, so that no timing tells which was close.
 */
public final class ConfiguredTokens {

    private final List<byte[]> digests;

    private ConfiguredTokens(List<byte[]> digests) {
        this.digests = digests;
    }

    /** These tokens. */
    public static ConfiguredTokens of(List<String> tokens) {
        return new ConfiguredTokens(tokens.stream().map(ConfiguredTokens::sha256).toList());
    }

    /** Whether the token is one of them. */
    public boolean accepts(String token) {
        byte[] digest = sha256(token);
        boolean accepted = false;
        for (byte[] known : digests) {
            accepted |= MessageDigest.isEqual(known, digest);
        }
        return accepted;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
