package dev.accolade.domain.logline;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A raw log line is kept as read, without its trailing line break, on one line of at most 4096 characters. */
class LogLineTest {

    private static final String LINE = "[12:01:02] [Server thread/INFO]: Steve has made the advancement [Diamonds!]";

    @Test
    void a_line_is_kept_exactly_as_read() {
        assertThat(new LogLine("  " + LINE + "\t").text()).isEqualTo("  " + LINE + "\t");
    }

    @Test
    void a_trailing_line_feed_is_dropped() {
        assertThat(new LogLine(LINE + "\n").text()).isEqualTo(LINE);
    }

    @Test
    void a_trailing_carriage_return_and_line_feed_are_dropped() {
        assertThat(new LogLine(LINE + "\r\n").text()).isEqualTo(LINE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"first\nsecond", "first\rsecond", "first\r\nsecond", "first\n\n", "first\r"})
    void more_than_one_line_is_refused(String text) {
        assertInvalid(() -> new LogLine(text), "line", "line_invalid");
    }

    @Test
    void a_line_break_followed_by_another_line_separator_is_not_dropped() {
        assertInvalid(() -> new LogLine(LINE + "\n\u2028"), "line", "line_invalid");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n", "\r\n"})
    void a_blank_line_is_required(String text) {
        assertInvalid(() -> new LogLine(text), "line", "line_required");
    }

    @Test
    void a_line_of_4096_characters_is_accepted() {
        assertThat(new LogLine("l".repeat(LogLine.MAX_LENGTH)).text()).hasSize(4096);
    }

    @Test
    void a_line_of_4096_characters_with_its_line_break_is_accepted() {
        assertThat(new LogLine("l".repeat(LogLine.MAX_LENGTH) + "\n").text()).hasSize(4096);
    }

    @Test
    void a_line_of_4097_characters_is_refused() {
        assertInvalid(() -> new LogLine("l".repeat(4097)), "line", "line_too_long");
    }

    @Test
    void the_fingerprint_is_the_sha256_of_the_line() {
        assertThat(new LogLine("abc").fingerprint())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void the_same_line_read_twice_has_the_same_fingerprint() {
        assertThat(new LogLine(LINE + "\n").fingerprint()).isEqualTo(new LogLine(LINE).fingerprint());
    }

    @Test
    void different_lines_have_different_fingerprints() {
        assertThat(new LogLine(LINE).fingerprint()).isNotEqualTo(new LogLine(LINE + " ").fingerprint());
    }
}
