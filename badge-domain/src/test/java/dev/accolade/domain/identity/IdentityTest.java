package dev.accolade.domain.identity;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static dev.accolade.domain.testdata.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.accolade.domain.member.MemberId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three kinds of identity, their canonical keys and the parsing of those keys. */
class IdentityTest {

    @Test
    void a_member_identity_names_the_member() {
        assertThat(Identity.member(new MemberId(42))).isEqualTo(new MemberIdentity(new MemberId(42)));
    }

    @Test
    void a_member_identity_needs_a_member() {
        assertInvalid(() -> new MemberIdentity(null), "member_id", "member_id_required");
    }

    @Test
    void an_email_identity_normalises_the_address() {
        assertThat(Identity.email(" Ada@Example.ORG ")).isEqualTo(new EmailIdentity(new EmailAddress("ada@example.org")));
    }

    @Test
    void an_email_identity_needs_an_address() {
        assertInvalid(() -> new EmailIdentity(null), "email", "email_required");
    }

    @Test
    void a_handle_identity_normalises_the_namespace_and_trims_the_handle() {
        assertThat(Identity.handle(" Minecraft:Survival", " Steve "))
                .isEqualTo(new ExternalIdentity(new Namespace("minecraft:survival"), "Steve"));
    }

    @Test
    void the_key_of_a_member_identity_is_its_id() {
        assertThat(Identity.member(new MemberId(42)).key()).isEqualTo("member:42");
    }

    @Test
    void the_key_of_an_email_identity_is_the_normalised_address() {
        assertThat(Identity.email("Ada@Example.org").key()).isEqualTo("email:ada@example.org");
    }

    @Test
    void the_key_of_a_handle_identity_is_namespace_then_handle() {
        assertThat(Identity.handle("minecraft:survival", "Steve").key()).isEqualTo("handle:minecraft:survival/Steve");
    }

    @Test
    void a_member_key_parses_back_to_its_identity() {
        Identity identity = Identity.member(new MemberId(9_007_199_254_740_991L));

        assertThat(Identity.parse(identity.key())).isEqualTo(identity);
    }

    @Test
    void an_email_key_parses_back_to_its_identity() {
        Identity identity = Identity.email("ada+badges@example.org");

        assertThat(Identity.parse(identity.key())).isEqualTo(identity);
    }

    @Test
    void a_handle_key_parses_back_to_its_identity() {
        Identity identity = Identity.handle("userbadges:topchefs", "Daniel");

        assertThat(Identity.parse(identity.key())).isEqualTo(identity);
    }

    @Test
    void a_handle_containing_a_slash_parses_back_to_its_identity() {
        Identity identity = Identity.handle("web", "team/daniel:1");

        assertThat(Identity.parse(identity.key())).isEqualTo(identity);
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "ada@example.org", "user:42", "MEMBER:42", ":42", "member:", "member:abc",
            "member:4.2", "member:99999999999999999999", "handle:minecraft", "handle:"})
    void a_malformed_key_is_refused(String key) {
        assertInvalid(() -> Identity.parse(key), "identity", "identity_invalid");
    }

    @Test
    void a_blank_key_is_required() {
        assertInvalid(() -> Identity.parse(" "), "identity", "identity_required");
    }

    @Test
    void a_key_naming_an_invalid_member_id_is_refused_for_that_id() {
        assertInvalid(() -> Identity.parse("member:0"), "member_id", "member_id_invalid");
    }

    @Test
    void a_key_naming_an_invalid_address_is_refused_for_that_address() {
        assertInvalid(() -> Identity.parse("email:not-an-address"), "email", "email_invalid");
    }

    @Test
    void a_key_naming_an_invalid_namespace_is_refused_for_that_namespace() {
        assertInvalid(() -> Identity.parse("handle:mine craft/steve"), "namespace", "namespace_invalid");
    }

    @Test
    void a_key_naming_an_empty_handle_is_refused_for_that_handle() {
        assertInvalid(() -> Identity.parse("handle:minecraft/"), "handle", "handle_required");
    }

    @Test
    void a_claim_keeps_the_identity_the_member_and_the_time() {
        IdentityClaim claim = new IdentityClaim(Identity.email("ada@example.org"), new MemberId(3), T0);

        assertThat(claim.identity().key()).isEqualTo("email:ada@example.org");
        assertThat(claim.member()).isEqualTo(new MemberId(3));
        assertThat(claim.claimedAt()).isEqualTo(T0);
    }

    @Test
    void a_claim_needs_every_part() {
        Identity identity = Identity.email("ada@example.org");

        assertThatNullPointerException().isThrownBy(() -> new IdentityClaim(null, new MemberId(3), T0));
        assertThatNullPointerException().isThrownBy(() -> new IdentityClaim(identity, null, T0));
        assertThatNullPointerException().isThrownBy(() -> new IdentityClaim(identity, new MemberId(3), null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"member:007", "member:+5", "email:ADA@example.org", "handle:Minecraft/steve",
            "handle:minecraft/ steve"})
    void a_key_in_another_spelling_than_the_canonical_one_is_refused(String key) {
        assertInvalid(() -> Identity.parse(key), "identity", "identity_invalid");
    }
}
