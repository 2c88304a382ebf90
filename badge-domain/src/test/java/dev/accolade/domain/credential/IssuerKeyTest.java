package dev.accolade.domain.credential;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static dev.accolade.domain.testdata.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.common.SealedSecret;
import dev.accolade.domain.issuer.IssuerId;
import org.junit.jupiter.api.Test;

/** An issuer key is named after its algorithm and generation, and retiring it keeps its public half. */
class IssuerKeyTest {

    private static final IssuerId ISSUER = new IssuerId(4);
    private static final SealedSecret SEALED = new SealedSecret("v1.abc");

    @Test
    void a_key_is_named_after_its_algorithm_and_generation() {
        assertThat(IssuerKey.create(ISSUER, KeyAlgorithm.ED25519, 1, "AAAA", SEALED, T0).name()).isEqualTo("ed25519-1");
        assertThat(IssuerKey.create(ISSUER, KeyAlgorithm.RS256, 3, "AAAA", SEALED, T0).name()).isEqualTo("rsa-3");
    }

    @Test
    void a_retired_key_keeps_its_public_half_and_its_first_retirement() {
        IssuerKey key = IssuerKey.create(ISSUER, KeyAlgorithm.ED25519, 1, "AAAA", SEALED, T0);

        IssuerKey retired = key.retire(T0.plusSeconds(5));

        assertThat(key.isActive()).isTrue();
        assertThat(retired.isActive()).isFalse();
        assertThat(retired.publicKey()).isEqualTo("AAAA");
        assertThat(retired.retire(T0.plusSeconds(9)).retiredAt()).contains(T0.plusSeconds(5));
    }

    @Test
    void generations_start_at_one() {
        assertInvalid(() -> IssuerKey.create(ISSUER, KeyAlgorithm.ED25519, 0, "AAAA", SEALED, T0), "generation",
                "generation_invalid");
    }

    @Test
    void a_public_key_is_base64() {
        assertInvalid(() -> IssuerKey.create(ISSUER, KeyAlgorithm.ED25519, 1, "not base64!", SEALED, T0),
                "public_key", "public_key_invalid");
    }

    @Test
    void its_text_never_shows_the_private_half() {
        assertThat(IssuerKey.create(ISSUER, KeyAlgorithm.ED25519, 1, "AAAA", SEALED, T0).toString())
                .doesNotContain("v1.abc");
    }
}
