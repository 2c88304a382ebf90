package dev.accolade.domain.template;

import static dev.accolade.domain.testdata.TestData.T0;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.accolade.domain.testdata.TestData;
import org.junit.jupiter.api.Test;

/** A live revision has a version from 1, its content and its publication time. */
class PublishedRevisionTest {

    @Test
    void versions_start_at_one() {
        TemplateDetails details = TestData.details().build();

        assertThatIllegalArgumentException().isThrownBy(() -> new PublishedRevision(0, details, T0));
    }

    @Test
    void the_content_and_time_are_required() {
        TemplateDetails details = TestData.details().build();

        assertThatNullPointerException().isThrownBy(() -> new PublishedRevision(1, null, T0));
        assertThatNullPointerException().isThrownBy(() -> new PublishedRevision(1, details, null));
    }
}
