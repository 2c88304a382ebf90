package dev.accolade.adapter.out.openbadges.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.application.port.out.credential.ResolvedDocument;
import dev.accolade.domain.credential.Verdict;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Hosted verification of an Open Badges 2.0 assertion: the assertion its id serves is the truth (410
 * Gone or {@code revoked} means revoked, any difference from what was presented means tampered); its
 * badge class and issuer profile must be served too; the assertion must live where the issuer's profile
 * allows; and it must not have expired.
 */
final class Ob2Check {

    private Ob2Check() {
    }

    /** Records every check of the assertion. */
    static void check(ObjectNode presented, Fetched fetched, Instant now, CheckLog log) {
        log.format("ob2");
        String id = presented.path("id").asText("");
        log.identify(Optional.of(id).filter(text -> !text.isEmpty()), Optional.empty());
        if (!id.startsWith("https://") && !id.startsWith("http://")) {
            log.failed("hosted", "The assertion's id is not a URL: only hosted verification is supported.",
                    Verdict.UNVERIFIABLE);
            return;
        }
        Optional<ResolvedDocument> answer = fetched.get(id);
        if (answer.isEmpty() || (answer.get().status() != 200 && answer.get().status() != 410)) {
            log.failed("hosted", "The assertion could not be fetched from " + id + ".", Verdict.UNVERIFIABLE);
            return;
        }
        if (answer.get().status() == 410) {
            log.passed("hosted", "The assertion's URL answers 410 Gone.");
            log.failed("revocation", "The issuer has revoked the assertion.", Verdict.REVOKED);
            return;
        }
        Optional<ObjectNode> hosted = Fetched.parse(answer.get().body());
        if (hosted.isEmpty() || !hosted.get().equals(presented)) {
            log.failed("hosted", "What was presented differs from the assertion its issuer hosts.", Verdict.TAMPERED);
            return;
        }
        log.passed("hosted", "The assertion is the one its issuer hosts at " + id + ".");
        checkIssuer(hosted.get(), fetched, log);
        if (hosted.get().path("revoked").asBoolean(false)) {
            log.failed("revocation", "The issuer has revoked the assertion.", Verdict.REVOKED);
        } else {
            log.passed("revocation", "The assertion is not revoked.");
        }
        expiry(hosted.get(), now, log);
    }

    private static void checkIssuer(ObjectNode assertion, Fetched fetched, CheckLog log) {
        Optional<ObjectNode> badge = Fetched.idOf(assertion, "badge").flatMap(fetched::object);
        if (badge.isEmpty()) {
            log.failed("badge", "The badge class could not be fetched.", Verdict.UNVERIFIABLE);
            return;
        }
        log.passed("badge", "The badge class " + badge.get().path("name").asText("") + " is served.");
        Optional<String> issuerId = Fetched.idOf(badge.get(), "issuer");
        Optional<ObjectNode> issuer = issuerId.flatMap(fetched::object);
        log.identify(Optional.empty(), issuerId);
        if (issuer.isEmpty()) {
            log.failed("issuer", "The issuer's profile could not be fetched.", Verdict.UNVERIFIABLE);
            return;
        }
        log.passed("issuer", "The issuer " + issuer.get().path("name").asText("") + " has a profile.");
        if (allowed(assertion.path("id").asText(), issuer.get())) {
            log.passed("origin", "The assertion lives where its issuer allows.");
        } else {
            log.failed("origin", "The assertion does not live where its issuer's profile allows.",
                    Verdict.TAMPERED);
        }
    }

    /** Whether the assertion's URL is in the issuer's verification scope, by default the profile's host. */
    private static boolean allowed(String assertionId, ObjectNode issuer) {
        try {
            return allowedOrigin(assertionId, issuer);
        } catch (IllegalArgumentException notAUrl) {
            return false;
        }
    }

    private static boolean allowedOrigin(String assertionId, ObjectNode issuer) {
        JsonNode policy = issuer.path("verification");
        String authority = URI.create(assertionId).getRawAuthority();
        if (policy.has("startsWith")) {
            return anyMatch(policy.path("startsWith"), prefix -> assertionId.startsWith(prefix));
        }
        if (policy.has("allowedOrigins")) {
            return anyMatch(policy.path("allowedOrigins"), origin -> origin.equalsIgnoreCase(authority));
        }
        String issuerId = issuer.path("id").asText("");
        return issuerId.startsWith("http") && authority != null
                && authority.equalsIgnoreCase(URI.create(issuerId).getRawAuthority());
    }

    private static boolean anyMatch(JsonNode values, Predicate<String> test) {
        if (values.isArray()) {
            for (JsonNode value : values) {
                if (test.test(value.asText(""))) {
                    return true;
                }
            }
            return false;
        }
        return test.test(values.asText(""));
    }

    private static void expiry(ObjectNode assertion, Instant now, CheckLog log) {
        if (!assertion.has("expires")) {
            log.passed("expiry", "The assertion does not expire.");
            return;
        }
        try {
            Instant expires = Instant.parse(assertion.path("expires").asText());
            if (expires.isBefore(now)) {
                log.failed("expiry", "The assertion expired at " + expires + ".", Verdict.EXPIRED);
            } else {
                log.passed("expiry", "The assertion is valid until " + expires + ".");
            }
        } catch (DateTimeParseException notADate) {
            log.failed("expiry", "The assertion's expiry is not a date.", Verdict.UNVERIFIABLE);
        }
    }
}
