package dev.accolade.domain.issuer;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static dev.accolade.domain.testdata.DomainAssertions.assertRefused;
import static dev.accolade.domain.testdata.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.accolade.domain.common.SecretHash;
import dev.accolade.domain.error.ErrorCategory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An API key keeps only a visible prefix and the hash of its secret, and is revoked once. */
class ApiKeyTest {

    private static final String SECRET = "acc_live_0123456789abcdefghijKLMNOP";
    private static final ApiKeyId ID = new ApiKeyId(5);
    private static final IssuerId ISSUER = new IssuerId(3);
    private static final Instant LATER = T0.plusSeconds(60);

    private static ApiKey issued() {
        return ApiKey.issue(ID, ISSUER, "CI server", SECRET, T0);
    }

    @Test
    void an_issued_key_keeps_the_first_twelve_characters_as_its_prefix() {
        assertThat(issued().prefix()).isEqualTo("acc_live_012").hasSize(ApiKey.PREFIX_LENGTH);
    }

    @Test
    void an_issued_key_keeps_the_hash_of_the_secret() {
        assertThat(issued().secretHash()).isEqualTo(SecretHash.of(SECRET));
    }

    @Test
    void the_secret_never_shows_in_the_text_form() {
        assertThat(issued().toString()).doesNotContain(SECRET).contains("acc_live_012");
    }

    @Test
    void an_issued_key_is_active() {
        ApiKey key = issued();

        assertThat(key.isActive()).isTrue();
        assertThat(key.revokedAt()).isEmpty();
        assertThat(key.createdAt()).isEqualTo(T0);
    }

    @Test
    void the_secret_matches_its_key() {
        assertThat(issued().matches(SECRET)).isTrue();
    }

    @Test
    void another_secret_does_not_match() {
        assertThat(issued().matches(SECRET + "x")).isFalse();
    }

    @Test
    void a_short_secret_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ApiKey.issue(ID, ISSUER, "", "x".repeat(ApiKey.PREFIX_LENGTH + 15), T0));
    }

    @Test
    void a_blank_label_becomes_empty() {
        assertThat(ApiKey.issue(ID, ISSUER, "  ", SECRET, T0).label()).isEmpty();
    }

    @Test
    void a_label_of_100_characters_is_accepted() {
        assertThat(ApiKey.issue(ID, ISSUER, "l".repeat(ApiKey.MAX_LABEL_LENGTH), SECRET, T0).label()).hasSize(100);
    }

    @Test
    void a_label_of_101_characters_is_refused() {
        assertInvalid(() -> ApiKey.issue(ID, ISSUER, "l".repeat(101), SECRET, T0), "label", "label_too_long");
    }

    @Test
    void revoking_a_key_makes_it_inactive_from_then_on() {
        ApiKey revoked = issued().revoke(LATER);

        assertThat(revoked.isActive()).isFalse();
        assertThat(revoked.revokedAt()).contains(LATER);
    }

    @Test
    void a_key_is_revoked_only_once() {
        ApiKey revoked = issued().revoke(LATER);

        assertRefused(() -> revoked.revoke(LATER.plusSeconds(1)), ErrorCategory.CONFLICT, "api_key_already_revoked");
    }

    @Test
    void a_reconstituted_key_equals_the_one_that_was_stored() {
        ApiKey key = issued().revoke(LATER);

        assertThat(ApiKey.reconstitute(key.id(), key.issuer(), key.label(), key.prefix(), key.secretHash(),
                key.createdAt(), key.revokedAt())).isEqualTo(key).hasSameHashCodeAs(key);
    }
}
