package dev.accolade.domain.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who sees a template's content whole: everyone, unless it is hidden; then its issuer's side and its holders. */
class HiddenTemplateDetailsTest {

    @Test
    void content_is_not_hidden_by_default_and_is_shown_whole_to_anyone() {
        TemplateDetails open = TemplateDetails.titled("Gold").build();

        assertThat(open.hidden()).isFalse();
        assertThat(open.shownWholeTo(false, false)).isTrue();
    }

    @Test
    void hidden_content_is_shown_whole_only_to_the_issuers_side_and_to_holders() {
        TemplateDetails secret = TemplateDetails.titled("Secret").hidden(true).build();

        assertThat(secret.hidden()).isTrue();
        assertThat(secret.shownWholeTo(false, false)).isFalse();
        assertThat(secret.shownWholeTo(true, false)).isTrue();
        assertThat(secret.shownWholeTo(false, true)).isTrue();
    }

    @Test
    void the_builder_keeps_whether_it_is_hidden() {
        TemplateDetails secret = TemplateDetails.titled("Secret").hidden(true).build();

        assertThat(secret.toBuilder().title("Renamed").build().hidden()).isTrue();
        assertThat(secret.toBuilder().hidden(false).build().hidden()).isFalse();
    }
}
