package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.application.Accolade;
import dev.accolade.application.credential.RotateIssuerKeysCommand;
import dev.accolade.application.issuer.CreateIssuerCommand;
import dev.accolade.application.issuer.ListIssuersQuery;
import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.support.AesGcmSecretSealer;
import dev.accolade.domain.credential.IssuerKey;
import dev.accolade.domain.credential.KeyAlgorithm;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.error.FieldError;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.issuer.IssuerSlug;
import dev.accolade.domain.member.Member;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Creating, reading and listing issuers, and how their signing keys are kept. */
public abstract class IssuerUseCasesTest extends UseCaseTest {

    @Test
    void the_operator_creates_an_issuer_that_anyone_can_read_by_id_or_slug() {
        Issuer created = issuer("topchefs");

        assertThat(created.owner()).isEmpty();
        assertThat(accolade.issuers().getIssuer(created.id())).isEqualTo(created);
        assertThat(accolade.issuers().getIssuerBySlug(new IssuerSlug("topchefs"))).isEqualTo(created);
    }

    @Test
    void a_member_creates_an_issuer_it_owns_and_acts_as() {
        Member ada = member("ada@example.org");

        Issuer personal = accolade.issuers().createIssuer(new CreateIssuerCommand(as(ada), "ada", "Ada"));

        assertThat(personal.isOwnedBy(ada.id())).isTrue();
        assertThat(accolade.issuers().listIssuers(new ListIssuersQuery(as(ada), PageRequest.first())).items())
                .containsExactly(personal);
    }

    @Test
    void a_taken_slug_is_refused_and_nothing_changes() {
        issuer("demo");

        assertRefusedWithoutChange(() -> issuer("demo"), "issuer_slug_taken");
    }

    @Test
    void every_bad_field_of_a_request_is_reported_at_once() {
        var refusal = assertRefusedWithoutChange(
                () -> accolade.issuers().createIssuer(new CreateIssuerCommand(operator, "", "x".repeat(101))),
                        "name_too_long");

        assertThat(refusal.category()).isEqualTo(ErrorCategory.INVALID);
        assertThat(refusal.fieldErrors()).extracting(FieldError::code)
                .containsExactly("name_too_long", "slug_required");
    }

    @Test
    void a_slug_of_the_wrong_form_is_refused() {
        assertRefusedWithoutChange(() -> issuer("Top Chefs"), "slug_invalid");
    }

    @Test
    void an_issuer_key_cannot_create_issuers_and_nobody_signed_in_cannot_either() {
        Issuer demo = issuer("demo");

        assertRefused(() -> accolade.issuers().createIssuer(new CreateIssuerCommand(as(demo), "other", "Other")),
                "issuer_forbidden", ErrorCategory.FORBIDDEN);
        assertRefused(() -> accolade.issuers().createIssuer(new CreateIssuerCommand(anonymous, "other", "Other")),
                "authentication_required", ErrorCategory.UNAUTHENTICATED);
    }

    @Test
    void an_unknown_issuer_is_not_found() {
        assertRefused(() -> accolade.issuers().getIssuer(new IssuerId(987_654)), "issuer_not_found",
                ErrorCategory.NOT_FOUND);
        assertRefused(() -> accolade.issuers().getIssuerBySlug(new IssuerSlug("nobody")), "issuer_not_found");
    }

    @Test
    void the_operator_pages_through_every_issuer_oldest_first() {
        List<Issuer> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(issuer("issuer-" + i));
        }

        List<Issuer> listed = new ArrayList<>();
        Page<Issuer> page = accolade.issuers().listIssuers(new ListIssuersQuery(operator, PageRequest.first(3)));
        listed.addAll(page.items());
        while (page.hasNext()) {
            page = accolade.issuers().listIssuers(new ListIssuersQuery(operator, PageRequest.after(page.next().get(),
                    3)));
            listed.addAll(page.items());
        }

        assertThat(listed).containsExactlyElementsOf(created);
    }

    @Test
    void an_issuer_key_lists_only_its_own_issuer() {
        Issuer demo = issuer("demo");
        issuer("other");

        assertThat(accolade.issuers().listIssuers(new ListIssuersQuery(as(demo), PageRequest.first())).items())
                .containsExactly(demo);
        assertRefused(() -> accolade.issuers().listIssuers(new ListIssuersQuery(Actor.anonymous(),
                PageRequest.first())),
                "authentication_required");
    }

    @Test
    void an_issuers_private_keys_are_stored_only_sealed_under_the_master_key() throws GeneralSecurityException {
        Issuer demo = issuer("demo");
        AesGcmSecretSealer sealer = new AesGcmSecretSealer(AesGcmSecretSealer.newMasterKey());
        Accolade sealing = Accolade.builder().store(store).clock(clock).secretSealer(sealer).build();

        sealing.credentials().rotateIssuerKeys(new RotateIssuerKeysCommand(operator, demo.id().value()));

        List<IssuerKey> stored = store.transactions().readOnly(() -> store.issuerKeys().findByIssuer(demo.id()));
        assertThat(stored).extracting(IssuerKey::algorithm).containsExactlyInAnyOrder(KeyAlgorithm.values());
        for (IssuerKey key : stored) {
            String pkcs8 = sealer.open(key.privateKey());
            assertThat(key.privateKey().value()).startsWith("v1.").isNotEqualTo(pkcs8)
                    .doesNotContain(pkcs8.substring(pkcs8.length() - 24));
            assertThat(signsFor(key, pkcs8)).as("the sealed half belongs to the public half").isTrue();
            assertThatThrownBy(() -> AesGcmSecretSealer.withRandomKey().open(key.privateKey()))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    /** Whether the PKCS#8 private key (base64) makes signatures the key's public half verifies. */
    private static boolean signsFor(IssuerKey key, String pkcs8) throws GeneralSecurityException {
        boolean ed25519 = key.algorithm() == KeyAlgorithm.ED25519;
        KeyFactory keys = KeyFactory.getInstance(ed25519 ? "Ed25519" : "RSA");
        Signature signer = Signature.getInstance(ed25519 ? "Ed25519" : "SHA256withRSA");
        signer.initSign(keys.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8))));
        signer.update(new byte[] {1, 2, 3});
        byte[] signature = signer.sign();
        signer.initVerify(keys.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(key.publicKey()))));
        signer.update(new byte[] {1, 2, 3});
        return signer.verify(signature);
    }
}
