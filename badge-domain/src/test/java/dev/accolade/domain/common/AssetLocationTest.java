package dev.accolade.domain.common;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An asset lives at a web URL or in a blob the server stores itself. */
class AssetLocationTest {

    @Test
    void a_stored_blob_reference_is_accepted() {
        AssetLocation location = new AssetLocation("blob:42");

        assertThat(location.value()).isEqualTo("blob:42");
        assertThat(location.isStoredBlob()).isTrue();
    }

    @Test
    void a_web_url_is_accepted_and_is_no_blob() {
        AssetLocation location = new AssetLocation(" https://example.org/icon.png ");

        assertThat(location.value()).isEqualTo("https://example.org/icon.png");
        assertThat(location.isStoredBlob()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"blob:0", "blob:-1", "blob:abc", "blob:", "blob:01"})
    void a_malformed_blob_reference_is_refused(String value) {
        assertInvalid(() -> new AssetLocation(value), "url", "url_invalid");
    }

    @Test
    void a_url_of_another_scheme_is_refused() {
        assertInvalid(() -> new AssetLocation("javascript:alert(1)"), "url", "url_invalid");
    }

    @Test
    void a_blank_location_is_required() {
        assertInvalid(() -> new AssetLocation(""), "url", "url_required");
    }

    @Test
    void it_prints_as_its_value() {
        assertThat(new AssetLocation("blob:7")).hasToString("blob:7");
    }

    @Test
    void a_blob_id_follows_the_id_rule() {
        assertThat(new AssetLocation("blob:9007199254740991").isStoredBlob()).isTrue();
        assertInvalid(() -> new AssetLocation("blob:9007199254740992"), "url", "url_invalid");
    }
}
