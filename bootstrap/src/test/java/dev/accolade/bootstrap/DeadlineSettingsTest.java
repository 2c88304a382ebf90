package dev.accolade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.adapter.in.rest.Deadlines;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The deadlines come from the environment, then the file, then the defaults, and a bad one is refused. */
class DeadlineSettingsTest {

    private static Deadlines resolve(Map<String, String> environment, Properties file) {
        return Configuration.resolve(Flags.none(), environment, file).deadlines();
    }

    private static Properties file(String key, String value) {
        Properties file = new Properties();
        file.setProperty(key, value);
        return file;
    }

    @Test
    void unset_deadlines_are_the_documented_defaults() {
        Deadlines deadlines = resolve(Map.of(), new Properties());

        assertThat(deadlines).isEqualTo(new Deadlines(Duration.ofSeconds(10), Duration.ofSeconds(30),
                Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(20)));
    }

    @Test
    void every_deadline_reads_milliseconds_seconds_minutes_or_a_bare_number_of_seconds() {
        Deadlines deadlines = resolve(Map.of("ACCOLADE_HEADER_TIMEOUT", "500ms", "ACCOLADE_BODY_TIMEOUT", "45s",
                "ACCOLADE_IDLE_TIMEOUT", "2m", "ACCOLADE_DRAIN_DELAY", "0", "ACCOLADE_DRAIN_TIMEOUT", "25"),
                new Properties());

        assertThat(deadlines).isEqualTo(new Deadlines(Duration.ofMillis(500), Duration.ofSeconds(45),
                Duration.ofMinutes(2), Duration.ZERO, Duration.ofSeconds(25)));
    }

    @Test
    void the_environment_beats_the_file() {
        Deadlines deadlines = resolve(Map.of("ACCOLADE_DRAIN_TIMEOUT", "7s"), file("drain.timeout", "9s"));

        assertThat(deadlines.drainTimeout()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void the_file_sets_what_the_environment_does_not() {
        assertThat(resolve(Map.of(), file("http.header.timeout", "3s")).headers()).isEqualTo(Duration.ofSeconds(3));
        assertThat(resolve(Map.of(), file("http.body.timeout", "4s")).body()).isEqualTo(Duration.ofSeconds(4));
        assertThat(resolve(Map.of(), file("http.idle.timeout", "5s")).idle()).isEqualTo(Duration.ofSeconds(5));
        assertThat(resolve(Map.of(), file("drain.delay", "6s")).drainDelay()).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void a_deadline_that_is_not_a_duration_or_is_zero_is_refused_naming_the_setting() {
        assertThatThrownBy(() -> resolve(Map.of("ACCOLADE_HEADER_TIMEOUT", "soon"), new Properties()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("ACCOLADE_HEADER_TIMEOUT")
                .hasMessageContaining("'soon'");
        assertThatThrownBy(() -> resolve(Map.of("ACCOLADE_IDLE_TIMEOUT", "0s"), new Properties()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("more than zero");
        assertThatThrownBy(() -> resolve(Map.of("ACCOLADE_BODY_TIMEOUT", "-3s"), new Properties()))
                .isInstanceOf(ConfigurationException.class);
    }
}
