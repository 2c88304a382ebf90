package dev.accolade.application.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JDK-only defaults for time and tokens. */
class CapabilityDefaultsTest {

    @Test
    void the_clock_reads_to_the_microsecond() {
        Clock fixed = Clock.fixed(Instant.parse("2026-11-22T10:11:12.123456789Z"), ZoneOffset.UTC);

        assertThat(new SystemClock(fixed).now()).isEqualTo(Instant.parse("2026-11-22T10:11:12.123456Z"));
    }

    @Test
    void tokens_are_letters_and_digits_of_the_asked_length_and_do_not_repeat() {
        SecureRandomTokenGenerator tokens = new SecureRandomTokenGenerator();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String token = tokens.newToken(32);
            assertThat(token).matches("[A-Za-z0-9]{32}");
            seen.add(token);
        }

        assertThat(seen).hasSize(1_000);
        assertThatThrownBy(() -> tokens.newToken(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
