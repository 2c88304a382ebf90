package dev.accolade.domain.issuer;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static dev.accolade.domain.testdata.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.testdata.TestData;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An issuer has a slug, a name of at most 100 characters and, when a member acts as it, an owner. */
class IssuerTest {

    private static final IssuerId ID = new IssuerId(1);
    private static final IssuerSlug SLUG = new IssuerSlug("demo");

    @Test
    void a_new_issuer_keeps_what_it_was_given() {
        Issuer issuer = Issuer.create(ID, SLUG, " Demo Inc. ", Optional.empty(), T0);

        assertThat(issuer.id()).isEqualTo(ID);
        assertThat(issuer.slug()).isEqualTo(SLUG);
        assertThat(issuer.name()).isEqualTo("Demo Inc.");
        assertThat(issuer.owner()).isEmpty();
        assertThat(issuer.createdAt()).isEqualTo(T0);
    }

    @Test
    void the_slug_is_required() {
        assertInvalid(() -> Issuer.create(ID, null, "Demo", Optional.empty(), T0), "slug", "slug_required");
    }

    @Test
    void a_blank_name_is_required() {
        assertInvalid(() -> Issuer.create(ID, SLUG, " ", Optional.empty(), T0), "name", "name_required");
    }

    @Test
    void a_name_of_100_characters_is_accepted() {
        assertThat(Issuer.create(ID, SLUG, "n".repeat(Issuer.MAX_NAME_LENGTH), Optional.empty(), T0).name())
                .hasSize(100);
    }

    @Test
    void a_name_of_101_characters_is_refused() {
        assertInvalid(() -> Issuer.create(ID, SLUG, "n".repeat(101), Optional.empty(), T0), "name", "name_too_long");
    }

    @Test
    void an_issuer_is_owned_by_the_member_who_acts_as_it() {
        MemberId owner = new MemberId(7);

        assertThat(TestData.issuerOwnedBy(owner).isOwnedBy(owner)).isTrue();
    }

    @Test
    void an_issuer_is_not_owned_by_another_member() {
        assertThat(TestData.issuerOwnedBy(new MemberId(7)).isOwnedBy(new MemberId(8))).isFalse();
    }

    @Test
    void an_organisation_is_owned_by_no_member() {
        assertThat(TestData.issuer().isOwnedBy(new MemberId(7))).isFalse();
    }

    @Test
    void a_reconstituted_issuer_equals_the_one_that_was_stored() {
        Issuer issuer = TestData.issuerOwnedBy(new MemberId(7));

        assertThat(Issuer.reconstitute(issuer.id(), issuer.slug(), issuer.name(), issuer.owner(),
                issuer.createdAt(), issuer.profile(), issuer.credentialBase())).isEqualTo(issuer).hasSameHashCodeAs(issuer);
    }
}
