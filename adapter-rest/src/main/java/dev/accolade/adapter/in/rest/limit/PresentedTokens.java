package dev.accolade.adapter.in.rest.limit;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The tokens a request may present where the limits can see them before any route runs: the
 * {@code Authorization} header read every way an API of this server reads it ({@code Bearer <token>}, HTTP
 * Basic with the token on either side of the colon, a bare key), and a {@code token} query parameter. The
 * body is not read. Nothing here is checked or kept; the limiter hashes what it is given.
 */
final class PresentedTokens {

    private static final String BEARER = "bearer ";
    private static final String BASIC = "basic ";

    private PresentedTokens() {
    }

    /** Every reading of the request's credentials, possibly none. */
    static List<String> of(Context ctx) {
        List<String> tokens = new ArrayList<>();
        String header = ctx.header("Authorization");
        if (header != null && !header.isBlank()) {
            read(header.strip(), tokens);
        }
        String token = ctx.queryParam("token");
        if (token != null && !token.isBlank()) {
            tokens.add(token);
        }
        return tokens;
    }

    private static void read(String header, List<String> tokens) {
        String lower = header.toLowerCase(Locale.ROOT);
        if (lower.startsWith(BEARER)) {
            tokens.add(header.substring(BEARER.length()).strip());
        } else if (lower.startsWith(BASIC)) {
            basic(header.substring(BASIC.length()).strip(), tokens);
        } else {
            tokens.add(header);
        }
    }

    private static void basic(String encoded, List<String> tokens) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return;
        }
        String user = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        if (!user.isBlank()) {
            tokens.add(user);
        }
        if (!password.isBlank()) {
            tokens.add(password);
        }
    }
}
