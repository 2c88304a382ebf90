package dev.accolade.adapter.out.openbadges.verify;

import static dev.accolade.adapter.out.openbadges.IssuingWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.out.openbadges.BadgeImages;
import dev.accolade.adapter.out.openbadges.IssuingWorld;
import dev.accolade.application.port.out.credential.CredentialFacts;
import dev.accolade.application.port.out.credential.Presentation;
import dev.accolade.domain.credential.Verdict;
import dev.accolade.domain.credential.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Credentials issued by the documents writer with keys made at test time, verified from the documents
 * their issuer publishes: each verdict, for Data Integrity, VC-JWT, hosted Open Badges 2.0 and images.
 */
class OpenBadgesVerifierTest {

    private final IssuingWorld world = new IssuingWorld();
    private final OpenBadgesVerifier verifier = new OpenBadgesVerifier();
    private final CredentialFacts award = world.award("AbCdEfGhIjKlMnOpQrStU1", 77, Optional.empty());

    @Test
    void a_signed_credential_verifies_against_its_issuers_profile_and_status_list() {
        VerificationReport report = verify(Presentation.Kind.JSON, world.credential(award));

        assertThat(report.verdict()).as(report.checks().toString()).isEqualTo(Verdict.VERIFIED);
        assertThat(report.format()).isEqualTo("ob3");
        assertThat(report.credentialId()).contains(award.credentialId());
        assertThat(report.issuer()).contains(IssuingWorld.PROFILE);
        assertThat(report.checks()).extracting("name").contains("key", "proof", "subject", "validity", "status");
    }

    @Test
    void one_changed_character_makes_a_signed_credential_tampered() {
        String changed = world.credential(award).replace("Baker", "Bakez");

        assertThat(verify(Presentation.Kind.JSON, changed).verdict()).isEqualTo(Verdict.TAMPERED);
    }

    @Test
    void a_set_bit_in_the_issuers_list_makes_it_revoked() {
        world.revoke(77);

        assertThat(verify(Presentation.Kind.JSON, world.credential(award)).verdict()).isEqualTo(Verdict.REVOKED);
    }

    @Test
    void a_credential_past_its_validity_is_expired() {
        CredentialFacts expiring = world.award("AbCdEfGhIjKlMnOpQrStU2", 5,
                Optional.of(Instant.parse("2026-06-01T00:00:00Z")));

        assertThat(verify(Presentation.Kind.JSON, world.credential(expiring)).verdict()).isEqualTo(Verdict.EXPIRED);
    }

    @Test
    void a_credential_whose_issuer_publishes_no_profile_is_unverifiable() {
        world.remove(IssuingWorld.PROFILE);

        assertThat(verify(Presentation.Kind.JSON, world.credential(award)).verdict())
                .isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void a_credential_naming_a_context_that_is_not_bundled_is_unverifiable() {
        String foreign = world.credential(award).replace("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                "https://evil.example/context.json");

        assertThat(verify(Presentation.Kind.JSON, foreign).verdict()).isIn(Verdict.UNVERIFIABLE, Verdict.TAMPERED);
    }

    @Test
    void a_vc_jwt_verifies_with_the_jwk_its_kid_names_and_fails_when_changed() {
        String jwt = world.jwt(award);

        VerificationReport report = verify(Presentation.Kind.JWT, jwt);

        assertThat(report.verdict()).as(report.checks().toString()).isEqualTo(Verdict.VERIFIED);
        assertThat(report.format()).isEqualTo("ob3-jwt");
        String[] parts = jwt.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        assertThat(verify(Presentation.Kind.JWT, forged).verdict()).isIn(Verdict.TAMPERED, Verdict.UNVERIFIABLE);
    }

    @Test
    void a_hosted_assertion_verifies_and_a_gone_one_is_revoked() {
        world.host(award);
        String assertion = world.documents().assertion(award);

        assertThat(verify(Presentation.Kind.JSON, assertion).verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(verify(Presentation.Kind.URL, award.assertionId()).verdict()).isEqualTo(Verdict.VERIFIED);

        world.revokeHosted(award);

        assertThat(verify(Presentation.Kind.JSON, assertion).verdict()).isEqualTo(Verdict.REVOKED);
        assertThat(verify(Presentation.Kind.URL, award.assertionId()).verdict()).isEqualTo(Verdict.REVOKED);
    }

    @Test
    void an_assertion_that_differs_from_the_hosted_one_is_tampered() {
        world.host(award);
        String changed = world.documents().assertion(award).replace("2026-01-02", "2025-01-02");

        assertThat(verify(Presentation.Kind.JSON, changed).verdict()).isEqualTo(Verdict.TAMPERED);
    }

    @Test
    void a_baked_png_and_svg_give_back_what_was_baked_and_verify() {
        BadgeImages images = new BadgeImages();
        byte[] png = images.bakePng(images.defaultPng("Baker", "Acme"), "openbadgecredential",
                world.credential(award));
        String svg = images.bakeCredentialSvg(images.defaultSvg("Baker", "Acme"), world.credential(award));

        assertThat(verifier.verify(new Presentation(Presentation.Kind.PNG, png), world, NOW).verdict())
                .isEqualTo(Verdict.VERIFIED);
        assertThat(verify(Presentation.Kind.SVG, svg).verdict()).isEqualTo(Verdict.VERIFIED);
    }

    @Test
    void an_image_without_a_credential_and_garbage_are_unverifiable() {
        BadgeImages images = new BadgeImages();

        assertThat(verifier.verify(new Presentation(Presentation.Kind.PNG, images.defaultPng("Baker", "Acme")), world,
                NOW).verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(verifier.verify(new Presentation(Presentation.Kind.PNG, new byte[] {1, 2, 3}), world, NOW)
                .verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(verify(Presentation.Kind.JSON, "{not json").verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(verify(Presentation.Kind.JWT, "a.b").verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    private VerificationReport verify(Presentation.Kind kind, String text) {
        return verifier.verify(new Presentation(kind, text.getBytes(StandardCharsets.UTF_8)), world, NOW);
    }
}
