package dev.accolade.adapter.out.openbadges;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.application.port.out.credential.BadgeFacts;
import dev.accolade.application.port.out.credential.CredentialFacts;
import dev.accolade.application.port.out.credential.IssuerFacts;
import dev.accolade.application.port.out.credential.RecipientFacts;
import java.util.List;
import java.util.Optional;

/**
 * Writes Open Badges 3.0 documents before any proof: the OpenBadgeCredential of an award, the
 * Achievement of a template and the issuer Profile. Every type and property is one the bundled
 * contexts define, and every id is an absolute URL, so that all of it is signed.
 */
final class Ob3Documents {

    /** The contexts of every Open Badges 3.0 document, in the order the specification fixes. */
    static final List<String> CONTEXTS = List.of("https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    private Ob3Documents() {
    }

    /** An award's credential, without its proof. */
    static ObjectNode credential(CredentialFacts award) {
        ObjectNode credential = JsonText.object();
        credential.set("@context", JsonText.strings(CONTEXTS));
        credential.put("id", award.credentialId());
        credential.set("type", JsonText.strings(List.of("VerifiableCredential", "OpenBadgeCredential")));
        credential.put("name", award.badge().name());
        credential.set("issuer", profile(award.badge().issuer()));
        credential.put("validFrom", JsonText.date(award.issuedOn()));
        award.expires().ifPresent(expires -> credential.put("validUntil", JsonText.date(expires)));
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.put("id", award.recipient().subjectId());
        subject.set("type", JsonText.strings(List.of("AchievementSubject")));
        subject.putArray("identifier").add(identifier(award.recipient()));
        subject.set("achievement", achievement(award.badge()));
        evidence(award).ifPresent(evidence -> credential.set("evidence", evidence));
        ObjectNode status = credential.putObject("credentialStatus");
        status.put("id", award.status().id());
        status.put("type", "BitstringStatusListEntry");
        status.put("statusPurpose", "revocation");
        status.put("statusListIndex", Integer.toString(award.status().index()));
        status.put("statusListCredential", award.status().list());
        return credential;
    }

    /** A template's Achievement. */
    static ObjectNode achievement(BadgeFacts badge) {
        ObjectNode achievement = JsonText.object();
        achievement.put("id", badge.ob3Id());
        achievement.set("type", JsonText.strings(List.of("Achievement")));
        achievement.put("name", badge.name());
        achievement.put("description", badge.description().isEmpty() ? badge.name() : badge.description());
        achievement.putObject("criteria").put("id", badge.criteriaUrl()).put("narrative", Ob2Documents.criteria(badge));
        achievement.set("image", image(badge.image()));
        if (!badge.tags().isEmpty()) {
            achievement.set("tag", JsonText.strings(badge.tags()));
        }
        return achievement;
    }

    /** A template's Achievement as a document of its own, with its contexts. */
    static ObjectNode achievementDocument(BadgeFacts badge) {
        ObjectNode document = JsonText.object();
        document.set("@context", JsonText.strings(CONTEXTS));
        document.setAll(achievement(badge));
        return document;
    }

    /** An issuer's Profile, as credentials embed it. */
    static ObjectNode profile(IssuerFacts issuer) {
        ObjectNode profile = JsonText.object();
        profile.put("id", issuer.ob3Id());
        profile.set("type", JsonText.strings(List.of("Profile")));
        profile.put("name", issuer.name());
        profile.put("url", issuer.url());
        issuer.email().ifPresent(email -> profile.put("email", email));
        if (!issuer.description().isEmpty()) {
            profile.put("description", issuer.description());
        }
        issuer.image().ifPresent(image -> profile.set("image", image(image)));
        return profile;
    }

    private static ObjectNode identifier(RecipientFacts recipient) {
        ObjectNode identity = JsonText.object();
        identity.put("type", "IdentityObject");
        identity.put("identityHash", recipient.identityHash());
        identity.put("identityType", RecipientFacts.EMAIL.equals(recipient.type()) ? "emailAddress" : "systemId");
        identity.put("hashed", true);
        identity.put("salt", recipient.salt());
        return identity;
    }

    private static Optional<ArrayNode> evidence(CredentialFacts award) {
        if (award.narrative().isEmpty() && award.evidence().isEmpty()) {
            return Optional.empty();
        }
        ArrayNode evidence = JsonText.MAPPER.createArrayNode();
        if (!award.narrative().isEmpty()) {
            ObjectNode told = evidence.addObject();
            told.set("type", JsonText.strings(List.of("Evidence")));
            told.put("narrative", award.narrative());
        }
        award.evidence().forEach(link -> {
            ObjectNode item = evidence.addObject();
            item.put("id", link);
            item.set("type", JsonText.strings(List.of("Evidence")));
        });
        return Optional.of(evidence);
    }

    private static ObjectNode image(String url) {
        ObjectNode image = JsonText.object();
        image.put("id", url);
        image.put("type", "Image");
        return image;
    }
}
