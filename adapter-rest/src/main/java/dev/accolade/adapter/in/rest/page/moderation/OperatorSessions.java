package dev.accolade.adapter.in.rest.page.moderation;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.auth.ConfiguredTokens;
import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import dev.accolade.adapter.in.rest.page.PagePaths;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The operator's session on the moderation pages, apart from any member's: the operator signs in with the
 * admin token (compared in constant time, never stored in the browser) and receives a cookie
 * {@code accolade_operator} that holds only an expiry and its HMAC under a key derived from the admin token.
 * The cookie is {@code HttpOnly}, {@code SameSite=Strict}, limited to {@code /moderation}, {@code Secure} on
 * https, and lasts {@value #HOURS} hours; changing the admin token ends every such session.
 */
public final class OperatorSessions {

    /** The cookie's name. */
    public static final String COOKIE = "accolade_operator";
    /** How long an operator session lasts. */
    public static final int HOURS = 8;

    private final ConfiguredTokens adminToken;
    private final byte[] key;
    private final boolean secure;
    private final Clock clock;

    /** Sessions for the operator of this admin token, their cookies {@code Secure} or not. */
    public OperatorSessions(String adminToken, boolean secure, Clock clock) {
        this.adminToken = ConfiguredTokens.of(List.of(requireNonNull(adminToken, "adminToken")));
        this.key = sha256("accolade-page-operator|" + adminToken);
        this.secure = secure;
        this.clock = requireNonNull(clock, "clock");
    }

    /** Whether the request comes from the signed-in operator. */
    public boolean signedIn(Context ctx) {
        Optional<String> cookie = Optional.ofNullable(ctx.cookie(COOKIE))
                .filter(value -> value.matches("\\d{1,12}\\.[0-9a-f]{64}"));
        if (cookie.isEmpty()) {
            return false;
        }
        String[] parts = cookie.get().split("\\.");
        boolean current = Long.parseLong(parts[0]) > clock.instant().getEpochSecond();
        return MessageDigest.isEqual(sign(parts[0]).getBytes(StandardCharsets.US_ASCII),
                parts[1].getBytes(StandardCharsets.US_ASCII)) && current;
    }

    /** A 401 page unless the operator is signed in. */
    public void require(Context ctx) {
        if (!signedIn(ctx)) {
            throw RequestRejected.withStatus(401, "operator_sign_in_required",
                    "Sign in as the operator, with the admin token, on the moderation page.");
        }
    }

    /** Signs the operator in when the token is the admin token; whether it was. */
    public boolean signIn(Context ctx, String token) {
        if (token == null || token.isEmpty() || !adminToken.accepts(token)) {
            return false;
        }
        String expiry = Long.toString(clock.instant().plus(Duration.ofHours(HOURS)).getEpochSecond());
        write(ctx, expiry + "." + sign(expiry), Duration.ofHours(HOURS));
        return true;
    }

    /** Ends the operator's session in this browser. */
    public void signOut(Context ctx) {
        write(ctx, "", Duration.ZERO);
    }

    private void write(Context ctx, String value, Duration maxAge) {
        ctx.res().addHeader("Set-Cookie", COOKIE + "=" + value + "; Path=" + PagePaths.MODERATION
                + "; HttpOnly; SameSite=Strict; Max-Age=" + maxAge.toSeconds() + (secure ? "; Secure" : ""));
    }

    private String sign(String expiry) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("operator|" + expiry).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
