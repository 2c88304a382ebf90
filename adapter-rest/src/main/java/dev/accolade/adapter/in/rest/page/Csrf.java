package dev.accolade.adapter.in.rest.page;

import dev.accolade.adapter.in.rest.dialect.RequestRejected;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cross-site request forgery tokens, signed double submit: the browser holds a random value in an
 * {@code HttpOnly} cookie, and every form carries the HMAC of that value and of the session cookie under a
 * key only the server knows (derived from the admin token, so that every instance agrees). A POST whose
 * token is missing or does not match, compared in constant time, is refused with 403 before anything runs.
 */
public final class Csrf {

    /** The form field the token travels in. */
    public static final String FIELD = "csrf";

    private static final String ISSUED = "accolade.page.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;
    private final PageCookies cookies;

    /** Tokens signed with a key derived from this server secret. */
    public Csrf(String serverSecret, PageCookies cookies) {
        this.key = sha256(("accolade-page-csrf|" + serverSecret).getBytes(StandardCharsets.UTF_8));
        this.cookies = cookies;
    }

    /** The token for the forms of the page answering this request, issuing the browser its cookie if needed. */
    public String token(Context ctx) {
        return sign(seed(ctx), session(ctx));
    }

    /** Refuses the request with 403 unless it presents the token its cookies call for. */
    public void verify(Context ctx, String presented) {
        String seed = cookies.read(ctx, PageCookies.CSRF).orElse(null);
        if (seed == null || presented == null || !MessageDigest.isEqual(
                sign(seed, session(ctx)).getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII))) {
            throw RequestRejected.withStatus(403, "csrf_token_invalid", "This form has expired or did not come"
                    + " from this site. Nothing was changed; go back, reload the page and send it again.");
        }
    }

    private String seed(Context ctx) {
        String issued = ctx.attribute(ISSUED);
        if (issued != null) {
            return issued;
        }
        String seed = cookies.read(ctx, PageCookies.CSRF).filter(value -> value.matches("[A-Za-z0-9_-]{43}"))
                .orElseGet(() -> {
                    byte[] bytes = new byte[32];
                    RANDOM.nextBytes(bytes);
                    String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                    cookies.write(ctx, PageCookies.CSRF, fresh, null);
                    return fresh;
                });
        ctx.attribute(ISSUED, seed);
        return seed;
    }

    private String session(Context ctx) {
        return cookies.read(ctx, PageCookies.SESSION).orElse("");
    }

    private String sign(String seed, String session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((seed + "|" + session).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
