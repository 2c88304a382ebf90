package dev.accolade.domain.common;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Web URLs are absolute http or https URLs with a host and no user information. */
class WebUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://example.org", "https://example.org/badges/1?x=y#top", "HTTPS://Example.org",
            "http://localhost:8080/cb", "http://[::1]/cb"})
    void http_and_https_urls_with_a_host_are_accepted(String value) {
        assertThat(new WebUrl(value).value()).isEqualTo(value);
    }

    @Test
    void the_url_is_trimmed() {
        assertThat(new WebUrl("  https://example.org/a  ").value()).isEqualTo("https://example.org/a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://example.org/file", "file:///etc/passwd",
            "/relative/path", "//example.org/no-scheme", "data:text/html,hi"})
    void other_schemes_and_relative_urls_are_refused(String value) {
        assertInvalid(() -> new WebUrl(value), "url", "url_invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http:///path-only", "http:example.org"})
    void a_url_without_a_host_is_refused(String value) {
        assertInvalid(() -> new WebUrl(value), "url", "url_invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user@example.org/", "https://user:secret@example.org/"})
    void user_information_is_refused(String value) {
        assertInvalid(() -> new WebUrl(value), "url", "url_invalid");
    }

    @Test
    void a_malformed_url_is_refused() {
        assertInvalid(() -> new WebUrl("http://exa mple.org/"), "url", "url_invalid");
    }

    @Test
    void a_blank_url_is_required() {
        assertInvalid(() -> new WebUrl(" "), "url", "url_required");
    }

    @Test
    void a_url_of_the_maximum_length_is_accepted() {
        String prefix = "https://example.org/";
        String value = prefix + "a".repeat(WebUrl.MAX_LENGTH - prefix.length());

        assertThat(new WebUrl(value).value()).hasSize(WebUrl.MAX_LENGTH);
    }

    @Test
    void a_url_one_character_over_the_maximum_is_refused() {
        String prefix = "https://example.org/";
        String value = prefix + "a".repeat(WebUrl.MAX_LENGTH - prefix.length() + 1);

        assertInvalid(() -> new WebUrl(value), "url", "url_too_long");
    }

    @Test
    void of_names_the_attribute_in_the_error() {
        assertInvalid(() -> WebUrl.of("ftp://example.org", "callback_url"), "callback_url", "callback_url_invalid");
    }

    @Test
    void of_trims_the_url() {
        assertThat(WebUrl.of(" https://example.org ", "callback_url")).isEqualTo(new WebUrl("https://example.org"));
    }
}
