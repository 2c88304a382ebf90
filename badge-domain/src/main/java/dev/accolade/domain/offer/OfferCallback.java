package dev.accolade.domain.offer;

import static java.util.Objects.requireNonNull;

import dev.accolade.domain.common.WebUrl;
import java.util.regex.Pattern;

/**
 * Where to report the answer to an offer, and the token that proves the call comes from us.
 *
 * @param url the URL to call
 * @param token 32 letters and digits, passed to the URL
 */
public record OfferCallback(WebUrl url, String token) {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]{32}");

    /** Checks the URL is present and the token has the 32-character form. */
    public OfferCallback {
        requireNonNull(url, "url");
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new IllegalArgumentException("a callback token is 32 letters and digits");
        }
    }

    @Override
    public String toString() {
        return "OfferCallback[" + url + "]";
    }
}
