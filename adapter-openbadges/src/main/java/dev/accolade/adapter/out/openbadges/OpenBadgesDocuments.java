package dev.accolade.adapter.out.openbadges;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.adapter.out.openbadges.proof.BitstringStatusList;
import dev.accolade.adapter.out.openbadges.proof.BundledContexts;
import dev.accolade.adapter.out.openbadges.proof.Canonicalizer;
import dev.accolade.adapter.out.openbadges.proof.EddsaRdfc2022;
import dev.accolade.adapter.out.openbadges.proof.ProofOptions;
import dev.accolade.application.port.out.credential.BadgeFacts;
import dev.accolade.application.port.out.credential.CredentialDocumentsPort;
import dev.accolade.application.port.out.credential.CredentialFacts;
import dev.accolade.application.port.out.credential.IssuerFacts;
import dev.accolade.application.port.out.credential.PublishedKey;
import dev.accolade.application.port.out.credential.SigningKey;
import dev.accolade.application.port.out.credential.StatusListFacts;
import dev.accolade.domain.credential.KeyAlgorithm;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.List;

/**
 * The Open Badges documents of awards, templates and issuers: Open Badges 2.0 for hosted verification,
 * Open Badges 3.0 secured with {@code eddsa-rdfc-2022} (contexts only from the bundle) or as a VC-JWT,
 * and signed Bitstring Status Lists.
 */
public final class OpenBadgesDocuments implements CredentialDocumentsPort {

    private final EddsaRdfc2022 dataIntegrity;

    /** Documents whose proofs canonicalize with the bundled contexts only. */
    public OpenBadgesDocuments() {
        this.dataIntegrity = new EddsaRdfc2022(new Canonicalizer(BundledContexts.production()));
    }

    @Override
    public String assertion(CredentialFacts award) {
        return JsonText.write(Ob2Documents.assertion(award));
    }

    @Override
    public String revokedAssertion(String assertionId, String reason) {
        return JsonText.write(Ob2Documents.revoked(assertionId, reason));
    }

    @Override
    public String badgeClass(BadgeFacts badge) {
        return JsonText.write(Ob2Documents.badgeClass(badge));
    }

    @Override
    public String issuerProfile(IssuerFacts issuer) {
        return JsonText.write(Ob2Documents.issuer(issuer));
    }

    @Override
    public String achievement(BadgeFacts badge) {
        return JsonText.write(Ob3Documents.achievementDocument(badge));
    }

    @Override
    public String controllerProfile(IssuerFacts issuer, List<PublishedKey> keys) {
        return JsonText.write(ControllerProfile.of(issuer, keys));
    }

    @Override
    public String jwk(PublishedKey key) {
        return JsonText.write(Jwk.of(key));
    }

    @Override
    public String credential(CredentialFacts award, SigningKey key, Instant created) {
        return JsonText.write(signed(Ob3Documents.credential(award), key, created));
    }

    @Override
    public String credentialJwt(CredentialFacts award, SigningKey key) {
        return VcJwt.sign(Ob3Documents.credential(award), award, key);
    }

    @Override
    public String statusList(StatusListFacts list, SigningKey key, Instant created) {
        ObjectNode credential = JsonText.object();
        credential.set("@context", JsonText.strings(List.of(Ob3Documents.CONTEXTS.get(0))));
        credential.put("id", list.id());
        credential.set("type", JsonText.strings(List.of("VerifiableCredential", "BitstringStatusListCredential")));
        credential.put("issuer", list.issuer().ob3Id());
        credential.put("validFrom", JsonText.date(list.validFrom()));
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.put("id", list.id() + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", BitstringStatusList.of(list.revoked(), list.size()).encode());
        return JsonText.write(signed(credential, key, created));
    }

    private ObjectNode signed(ObjectNode unsecured, SigningKey key, Instant created) {
        if (key.algorithm() != KeyAlgorithm.ED25519) {
            throw new IllegalArgumentException("Data Integrity proofs are signed with Ed25519 keys");
        }
        return dataIntegrity.sign(unsecured, ProofOptions.assertionMethod(key.id(), created), ed25519(key));
    }

    private static PrivateKey ed25519(SigningKey key) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(key.pkcs8()));
        } catch (GeneralSecurityException broken) {
            throw new IllegalStateException("the issuer's Ed25519 key does not open", broken);
        }
    }
}
