package dev.accolade.adapter.out.openbadges;

import dev.accolade.application.port.out.credential.BadgeFacts;
import dev.accolade.application.port.out.credential.CredentialFacts;
import dev.accolade.application.port.out.credential.CredentialFacts.StatusFacts;
import dev.accolade.application.port.out.credential.DocumentResolverPort;
import dev.accolade.application.port.out.credential.IssuerFacts;
import dev.accolade.application.port.out.credential.PublishedKey;
import dev.accolade.application.port.out.credential.RecipientFacts;
import dev.accolade.application.port.out.credential.ResolvedDocument;
import dev.accolade.application.port.out.credential.SigningKey;
import dev.accolade.application.port.out.credential.StatusListFacts;
import dev.accolade.application.support.JdkKeyPairs;
import dev.accolade.domain.credential.KeyAlgorithm;
import dev.accolade.domain.credential.RecipientHash;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.BitSet;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One issuer with fresh keys made at test time, an award's facts, and a web of documents a resolver
 * answers from memory: what a verifier would fetch from the issuer's public URLs.
 */
public final class IssuingWorld implements DocumentResolverPort {

    /** The issuer's base. */
    public static final String BASE = "https://badges.example.org";
    /** The issuer's Open Badges 3.0 profile. */
    public static final String PROFILE = BASE + "/ob/v3/issuers/acme";
    /** The Ed25519 key's verification method. */
    public static final String METHOD = PROFILE + "#ed25519-1";
    /** The RSA key's JWK. */
    public static final String JWK = PROFILE + "/keys/rsa-1";
    /** The status list. */
    public static final String LIST = PROFILE + "/status/0";
    /** Now, for every check. */
    public static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    private final OpenBadgesDocuments documents = new OpenBadgesDocuments();
    private final Map<String, ResolvedDocument> web = new HashMap<>();
    private final String ed25519Public;
    private final byte[] ed25519Private;
    private final String rsaPublic;
    private final byte[] rsaPrivate;
    private final BitSet revoked = new BitSet();

    /** A world with fresh keys, its profile, key and empty status list published. */
    public IssuingWorld() {
        JdkKeyPairs keys = new JdkKeyPairs();
        var ed = keys.generate(KeyAlgorithm.ED25519);
        var rsa = keys.generate(KeyAlgorithm.RS256);
        ed25519Public = ed.spki();
        ed25519Private = Base64.getDecoder().decode(ed.pkcs8());
        rsaPublic = rsa.spki();
        rsaPrivate = Base64.getDecoder().decode(rsa.pkcs8());
        publishIssuer();
    }

    /** The issuer. */
    public IssuerFacts issuer() {
        return new IssuerFacts(BASE + "/ob/v2/issuers/acme", PROFILE, "Acme Academy", "https://acme.example",
                Optional.of("badges@acme.example"), Optional.empty(), "We teach.", "badges.example.org");
    }

    /** The badge. */
    public BadgeFacts badge() {
        return new BadgeFacts(BASE + "/ob/v2/badges/B1", BASE + "/ob/v3/achievements/B1", "Baker", "Bakes bread.",
                "Bake five loaves.", BASE + "/ob/v2/badges/B1", BASE + "/ob/v2/badges/B1/image", Optional.of("Skill"),
                issuer());
    }

    /** An award to an email address, its bit at this index, expiring when given. */
    public CredentialFacts award(String id, int index, Optional<Instant> expires) {
        String salt = "s4ltS4ltS4ltS4ltS4ltS4ltS4ltS4lt";
        return new CredentialFacts(BASE + "/ob/v2/assertions/" + id, BASE + "/ob/v3/credentials/" + id, badge(),
                new RecipientFacts(RecipientFacts.EMAIL, RecipientHash.of("ada@example.org", salt), salt,
                        "urn:uuid:6e8bc430-9c3a-31d3-a0c6-2a1e1d4f3b7c"),
                Optional.of("Ada Lovelace"), Instant.parse("2026-01-02T03:04:05Z"), expires, "Baked well.",
                List.of("https://evidence.example/loaf"), Optional.empty(),
                new StatusFacts(BASE + "/ob/v3/credentials/" + id + "#status", LIST, index),
                BASE + "/ob/v2/assertions/" + id + "/baked.png");
    }

    /** The award's credential, signed with the Ed25519 key. */
    public String credential(CredentialFacts award) {
        return documents.credential(award, ed25519(), award.issuedOn());
    }

    /** The award's credential as a VC-JWT. */
    public String jwt(CredentialFacts award) {
        return documents.credentialJwt(award, new SigningKey(JWK, KeyAlgorithm.RS256, rsaPrivate, NOW));
    }

    /** Hosts the award's Open Badges 2.0 documents, or its revocation. */
    public void host(CredentialFacts award) {
        put(award.assertionId(), 200, documents.assertion(award));
        put(award.badge().ob2Id(), 200, documents.badgeClass(award.badge()));
        put(award.badge().issuer().ob2Id(), 200, documents.issuerProfile(award.badge().issuer()));
    }

    /** Answers 410 with the revocation at the award's assertion URL. */
    public void revokeHosted(CredentialFacts award) {
        put(award.assertionId(), 410, documents.revokedAssertion(award.assertionId(), "Mistake"));
    }

    /** Sets a bit in the status list and publishes it again. */
    public void revoke(int index) {
        revoked.set(index);
        publishList();
    }

    /** Serves a document at a URL, replacing what was there. */
    public void put(String url, int status, String body) {
        web.put(url, new ResolvedDocument(status, "application/ld+json", body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Forgets a URL. */
    public void remove(String url) {
        web.remove(url);
    }

    /** The documents writer. */
    public OpenBadgesDocuments documents() {
        return documents;
    }

    @Override
    public Optional<ResolvedDocument> resolve(String url) {
        return Optional.ofNullable(web.get(url));
    }

    private void publishIssuer() {
        put(PROFILE, 200, documents.controllerProfile(issuer(), List.of(
                new PublishedKey(METHOD, PROFILE, KeyAlgorithm.ED25519, ed25519Public),
                new PublishedKey(JWK, PROFILE, KeyAlgorithm.RS256, rsaPublic))));
        put(JWK, 200, documents.jwk(new PublishedKey(JWK, PROFILE, KeyAlgorithm.RS256, rsaPublic)));
        publishList();
    }

    private void publishList() {
        put(LIST, 200, documents.statusList(new StatusListFacts(LIST, issuer(), NOW, revoked, 131_072), ed25519(),
                NOW));
    }

    private SigningKey ed25519() {
        return new SigningKey(METHOD, KeyAlgorithm.ED25519, ed25519Private, NOW);
    }
}
