package dev.accolade.adapter.in.rest.page;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;

/**
 * The pages' cookies: always {@code HttpOnly}, {@code SameSite=Lax} and for the whole site, and
 * {@code Secure} when the server's public URL is https.
 *
 * @param secure whether cookies are sent over https only
 */
public record PageCookies(boolean secure) {

    /** The member's session token. */
    public static final String SESSION = "accolade_session";
    /** The random value the forms' tokens are derived from. */
    public static final String CSRF = "accolade_csrf";

    /** Cookies for a server reached at this public URL. */
    public static PageCookies forPublicUrl(String publicUrl) {
        return new PageCookies(publicUrl.regionMatches(true, 0, "https:", 0, 6));
    }

    /** The value of a cookie the request carries, if it carries a non-empty one. */
    public Optional<String> read(Context ctx, String name) {
        return Optional.ofNullable(ctx.cookie(name)).filter(value -> !value.isEmpty());
    }

    /** Sets a cookie for this long (a session cookie when null). */
    public void write(Context ctx, String name, String value, Duration maxAge) {
        StringBuilder cookie = new StringBuilder(name).append('=').append(value).append("; Path=/; HttpOnly;"
                + " SameSite=Lax");
        if (maxAge != null) {
            cookie.append("; Max-Age=").append(Math.max(0, maxAge.toSeconds()));
        }
        if (secure) {
            cookie.append("; Secure");
        }
        ctx.res().addHeader("Set-Cookie", cookie.toString());
    }

    /** Removes a cookie from the browser. */
    public void clear(Context ctx, String name) {
        write(ctx, name, "", Duration.ZERO);
    }
}
