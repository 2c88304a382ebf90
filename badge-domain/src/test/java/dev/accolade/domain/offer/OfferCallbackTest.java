package dev.accolade.domain.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.accolade.domain.common.WebUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A callback has a URL and a token of 32 letters and digits that never prints. */
class OfferCallbackTest {

    private static final WebUrl URL = new WebUrl("https://example.org/offers/cb");
    private static final String TOKEN = "Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4f";

    @Test
    void a_token_of_32_letters_and_digits_is_accepted() {
        assertThat(new OfferCallback(URL, TOKEN).token()).isEqualTo(TOKEN);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4", "Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4fG",
            "Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4-", "Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4 ", "Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4é"})
    void tokens_of_any_other_form_are_refused(String token) {
        assertThatIllegalArgumentException().isThrownBy(() -> new OfferCallback(URL, token));
    }

    @Test
    void the_url_is_required() {
        assertThatNullPointerException().isThrownBy(() -> new OfferCallback(null, TOKEN));
    }

    @Test
    void the_text_form_shows_the_url_but_not_the_token() {
        assertThat(new OfferCallback(URL, TOKEN).toString()).contains(URL.value()).doesNotContain(TOKEN);
    }
}
