package dev.accolade.adapter.out.openbadges;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.application.port.out.credential.BadgeFacts;
import dev.accolade.application.port.out.credential.CredentialFacts;
import dev.accolade.application.port.out.credential.IssuerFacts;

/**
 * Writes Open Badges 2.0 documents for hosted verification: the Assertion (its id is the URL it is
 * served at), the BadgeClass and the issuer Profile, each with every property the specification
 * requires.
 */
final class Ob2Documents {

    /** The Open Badges 2.0 context, served from the bundle. */
    static final String CONTEXT = "https://w3id.org/openbadges/v2";

    private Ob2Documents() {
    }

    /** An award's Assertion. */
    static ObjectNode assertion(CredentialFacts award) {
        ObjectNode assertion = typed("Assertion", award.assertionId());
        ObjectNode recipient = assertion.putObject("recipient");
        recipient.put("type", award.recipient().type());
        recipient.put("hashed", true);
        recipient.put("salt", award.recipient().salt());
        recipient.put("identity", award.recipient().identityHash());
        assertion.put("badge", award.badge().ob2Id());
        assertion.putObject("verification").put("type", "hosted");
        assertion.put("issuedOn", JsonText.date(award.issuedOn()));
        award.expires().ifPresent(expires -> assertion.put("expires", JsonText.date(expires)));
        assertion.put("image", award.image());
        if (!award.narrative().isEmpty()) {
            assertion.put("narrative", award.narrative());
        }
        if (!award.evidence().isEmpty()) {
            ArrayNode evidence = assertion.putArray("evidence");
            award.evidence().forEach(link -> evidence.addObject().put("id", link).put("type", "Evidence"));
        }
        return assertion;
    }

    /** What a revoked Assertion's URL answers. */
    static ObjectNode revoked(String assertionId, String reason) {
        ObjectNode revoked = JsonText.object();
        revoked.put("@context", CONTEXT);
        revoked.put("id", assertionId);
        revoked.put("revoked", true);
        if (!reason.isEmpty()) {
            revoked.put("revocationReason", reason);
        }
        return revoked;
    }

    /** A template's BadgeClass: its description and criteria never empty, as the specification requires. */
    static ObjectNode badgeClass(BadgeFacts badge) {
        ObjectNode badgeClass = typed("BadgeClass", badge.ob2Id());
        badgeClass.put("name", badge.name());
        badgeClass.put("description", badge.description().isEmpty() ? badge.name() : badge.description());
        badgeClass.put("image", badge.image());
        badgeClass.putObject("criteria").put("narrative", criteria(badge));
        badgeClass.put("issuer", badge.issuer().ob2Id());
        if (!badge.tags().isEmpty()) {
            badgeClass.set("tags", JsonText.strings(badge.tags()));
        }
        return badgeClass;
    }

    /** An issuer's Profile, saying which host its hosted assertions live on. */
    static ObjectNode issuer(IssuerFacts issuer) {
        ObjectNode profile = typed("Issuer", issuer.ob2Id());
        profile.put("name", issuer.name());
        profile.put("url", issuer.url());
        issuer.email().ifPresent(email -> profile.put("email", email));
        if (!issuer.description().isEmpty()) {
            profile.put("description", issuer.description());
        }
        issuer.image().ifPresent(image -> profile.put("image", image));
        profile.putObject("verification").put("type", "hosted").put("allowedOrigins", issuer.allowedOrigin());
        return profile;
    }

    /** What earns a badge in words: its criteria, or who awards it when it says none. */
    static String criteria(BadgeFacts badge) {
        return badge.criteria().isEmpty() ? "Awarded by " + badge.issuer().name() + "." : badge.criteria();
    }

    private static ObjectNode typed(String type, String id) {
        ObjectNode document = JsonText.object();
        document.put("@context", CONTEXT);
        document.put("type", type);
        document.put("id", id);
        return document;
    }
}
