package dev.accolade.adapter.out.openbadges.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.domain.credential.Verdict;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Optional;

/**
 * Verification of an Open Badges 3.0 credential secured as a VC-JWT: the key its {@code kid} names (a
 * URL under the issuer's profile that answers a public JWK), or the {@code jwk} in its header, must
 * verify the signature and belong to the issuer; the claims must mirror the credential; then its
 * validity period and its status list.
 */
final class JwtCheck {

    private final StatusCheck status;

    JwtCheck(StatusCheck status) {
        this.status = status;
    }

    /** Records every check of the token. */
    void check(Jws jws, Fetched fetched, Instant now, CheckLog log) {
        log.format("ob3-jwt");
        JsonNode credential = jws.payload().has("vc") ? jws.payload().path("vc") : jws.payload();
        Optional<String> issuer = Fetched.idOf(credential, "issuer");
        log.identify(Optional.ofNullable(credential.path("id").asText(null)), issuer);
        if (issuer.isEmpty()) {
            log.failed("issuer", "The credential names no issuer.", Verdict.UNVERIFIABLE);
            return;
        }
        if (!Fetched.holds(credential, "type", "VerifiableCredential") || !Fetched.holds(credential, "type",
                "OpenBadgeCredential") && !Fetched.holds(credential, "type", "AchievementCredential")) {
            log.failed("shape", "The token carries no OpenBadgeCredential.", Verdict.UNVERIFIABLE);
            return;
        }
        Optional<JsonNode> key = key(jws, issuer.get(), fetched, log);
        if (key.isEmpty()) {
            return;
        }
        if (!jws.verifiedBy(key.get())) {
            log.failed("proof", "The token's " + jws.algorithm() + " signature does not hold.", Verdict.TAMPERED);
            return;
        }
        log.passed("proof", "The issuer's " + jws.algorithm() + " signature holds.");
        if (!claimsMirror(jws.payload(), credential, issuer.get())) {
            log.failed("claims", "The token's claims do not match the credential it carries.", Verdict.TAMPERED);
            return;
        }
        log.passed("claims", "The token's claims match the credential.");
        if (!timely(jws.payload(), now, log)) {
            return;
        }
        Ob3Check.CredentialTerms.check(credential, now, log);
        status.check(credential, issuer.get(), fetched, now, log);
    }

    private static Optional<JsonNode> key(Jws jws, String issuer, Fetched fetched, CheckLog log) {
        if (jws.header().has("jwk")) {
            log.failed("key", "The token carries its own key, which cannot show it is the issuer's.",
                    Verdict.UNVERIFIABLE);
            return Optional.empty();
        }
        String kid = normalized(jws.header().path("kid").asText(""));
        if (kid.isEmpty() || !kid.startsWith(issuer + "/") && !kid.startsWith(issuer + "#")) {
            log.failed("key", "The key " + kid + " is not published under the issuer " + issuer + ".",
                    Verdict.UNVERIFIABLE);
            return Optional.empty();
        }
        Optional<ObjectNode> jwk = fetched.object(kid);
        if (jwk.isEmpty()) {
            log.failed("key", "The key " + kid + " could not be fetched.", Verdict.UNVERIFIABLE);
            return Optional.empty();
        }
        log.passed("key", "The key " + kid + " is published under the issuer.");
        return Optional.of(jwk.get());
    }

    /** The URL with its dot segments resolved, or empty when it is not an http(s) URL. */
    private static String normalized(String url) {
        try {
            URI uri = new URI(url).normalize();
            String scheme = uri.getScheme();
            boolean web = "https".equals(scheme) || "http".equals(scheme);
            return web && !uri.getRawPath().contains("..") ? uri.toString() : "";
        } catch (URISyntaxException | NullPointerException notAUrl) {
            return "";
        }
    }

    private static boolean timely(JsonNode payload, Instant now, CheckLog log) {
        if (payload.has("exp") && Instant.ofEpochSecond(payload.path("exp").asLong()).isBefore(now)) {
            log.failed("validity", "The token expired.", Verdict.EXPIRED);
            return false;
        }
        if (payload.has("nbf") && Instant.ofEpochSecond(payload.path("nbf").asLong()).isAfter(now)) {
            log.failed("validity", "The token is not valid yet.", Verdict.UNVERIFIABLE);
            return false;
        }
        return true;
    }

    private static boolean claimsMirror(JsonNode payload, JsonNode credential, String issuer) {
        boolean iss = issuer.equals(payload.path("iss").asText(issuer));
        boolean jti = !payload.has("jti") || payload.path("jti").asText().equals(credential.path("id").asText());
        boolean nbf = !payload.has("nbf") || !credential.has("validFrom") || seconds(credential.path("validFrom"))
                .map(seconds -> seconds == payload.path("nbf").asLong()).orElse(false);
        boolean exp = !payload.has("exp") || !credential.has("validUntil") || seconds(credential.path("validUntil"))
                .map(seconds -> seconds == payload.path("exp").asLong()).orElse(false);
        boolean sub = !payload.has("sub") || !credential.path("credentialSubject").has("id")
                || payload.path("sub").asText().equals(credential.path("credentialSubject").path("id").asText());
        return iss && jti && nbf && exp && sub;
    }

    private static Optional<Long> seconds(JsonNode date) {
        try {
            return Optional.of(Instant.parse(date.asText()).getEpochSecond());
        } catch (RuntimeException notADate) {
            return Optional.empty();
        }
    }
}
