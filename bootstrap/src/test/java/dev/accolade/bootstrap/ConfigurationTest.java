package dev.accolade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.adapter.out.http.Cidr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigurationTest {

    /** One option: how a flag sets it, its variable and file key, the values each source gives, and its default. */
    record Setting(String name, Function<Object, Flags> flag, String variable, String key,
            Function<Configuration, Object> read, Object flagValue, String envValue, String fileValue,
            Object expectedFromEnv, Object expectedFromFile, Object defaultValue) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Setting> settings() {
        return Stream.of(
                new Setting("port", value -> new Flags((Integer) value, null, null, null, null, null),
                        "ACCOLADE_PORT", "port", Configuration::port, 9001, "9002", "9003", 9002, 9003, 8080),
                new Setting("host", value -> new Flags(null, (String) value, null, null, null, null),
                        "ACCOLADE_HOST", "host", Configuration::host, "flag.host", "env.host", "file.host",
                        "env.host", "file.host", "0.0.0.0"),
                new Setting("database", value -> new Flags(null, null, (String) value, null, null, null),
                        "ACCOLADE_DATABASE", "database", Configuration::database, "memory",
                        "jdbc:h2:mem:env", "jdbc:h2:mem:file", "jdbc:h2:mem:env", "jdbc:h2:mem:file",
                        "jdbc:h2:file:./data/accolade"),
                new Setting("database user", value -> new Flags(null, null, null, (String) value, null, null),
                        "ACCOLADE_DATABASE_USER", "database.user", Configuration::databaseUser, "flag-user",
                        "env-user", "file-user", "env-user", "file-user", ""),
                new Setting("database password", value -> new Flags(null, null, null, null, (String) value, null),
                        "ACCOLADE_DATABASE_PASSWORD", "database.password", Configuration::databasePassword,
                        "flag-secret", "env-secret", "file-secret", "env-secret", "file-secret", ""),
                new Setting("sandbox", value -> new Flags(null, null, null, null, null, (Boolean) value),
                        "ACCOLADE_SANDBOX", "sandbox", Configuration::sandbox, false, "true", "TRUE", true, true,
                        false),
                new Setting("fetch allow-list",
                        value -> new Flags(null, null, null, null, null, null, (String) value), "ACCOLADE_FETCH_ALLOW",
                        "fetch.allow", ConfigurationTest::blocks, "127.0.0.1/32", "10.0.0.0/8, 192.168.1.20",
                        " [fd00::]/8 ,", "10.0.0.0/8,192.168.1.20/32", "fd00:0:0:0:0:0:0:0/8", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    void a_flag_beats_the_environment_and_the_file(Setting setting) {
        Configuration configuration = Configuration.resolve(setting.flag().apply(setting.flagValue()),
                Map.of(setting.variable(), setting.envValue()), file(setting.key(), setting.fileValue()));

        assertThat(setting.read().apply(configuration)).isEqualTo(setting.flagValue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    void the_environment_beats_the_file(Setting setting) {
        Configuration configuration = Configuration.resolve(Flags.none(),
                Map.of(setting.variable(), setting.envValue()), file(setting.key(), setting.fileValue()));

        assertThat(setting.read().apply(configuration)).isEqualTo(setting.expectedFromEnv());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    void the_file_beats_the_default(Setting setting) {
        Configuration configuration = Configuration.resolve(Flags.none(), Map.of(),
                file(setting.key(), setting.fileValue()));

        assertThat(setting.read().apply(configuration)).isEqualTo(setting.expectedFromFile());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    void the_default_applies_when_no_source_sets_it(Setting setting) {
        Configuration configuration = Configuration.resolve(Flags.none(), Map.of(), new Properties());

        assertThat(setting.read().apply(configuration)).isEqualTo(setting.defaultValue());
    }

    @Test
    void the_admin_token_comes_from_the_environment_before_the_file_and_is_otherwise_absent() {
        Properties file = file("admin.token", "file-token-0123456789");

        assertThat(Configuration.resolve(Flags.none(), Map.of("ACCOLADE_ADMIN_TOKEN", "env-token-0123456789"), file)
                .adminToken()).contains("env-token-0123456789");
        assertThat(Configuration.resolve(Flags.none(), Map.of(), file).adminToken())
                .contains("file-token-0123456789");
        assertThat(Configuration.resolve(Flags.none(), Map.of(), new Properties()).adminToken()).isEmpty();
    }

    @Test
    void the_metrics_token_comes_from_the_environment_before_the_file_and_is_otherwise_absent() {
        Properties file = file("metrics.token", "file-metrics-0123456789");

        assertThat(Configuration.resolve(Flags.none(), Map.of("ACCOLADE_METRICS_TOKEN", "env-metrics-0123456789"),
                file).metricsToken()).contains("env-metrics-0123456789");
        assertThat(Configuration.resolve(Flags.none(), Map.of(), file).metricsToken())
                .contains("file-metrics-0123456789");
        assertThat(Configuration.resolve(Flags.none(), Map.of(), new Properties()).metricsToken()).isEmpty();
    }

    @Test
    void a_blank_environment_variable_counts_as_unset() {
        Configuration configuration = Configuration.resolve(Flags.none(), Map.of("ACCOLADE_HOST", " "),
                file("host", "file.host"));

        assertThat(configuration.host()).isEqualTo("file.host");
    }

    @Test
    void unusable_values_are_refused_with_a_clear_message() {
        assertThatThrownBy(() -> Configuration.resolve(Flags.none(), Map.of("ACCOLADE_PORT", "eighty"),
                new Properties())).isInstanceOf(ConfigurationException.class).hasMessageContaining("'eighty'");
        assertThatThrownBy(() -> Configuration.resolve(Flags.none(), Map.of("ACCOLADE_PORT", "70000"),
                new Properties())).isInstanceOf(ConfigurationException.class).hasMessageContaining("65535");
        assertThatThrownBy(() -> Configuration.resolve(Flags.none(), Map.of("ACCOLADE_SANDBOX", "maybe"),
                new Properties())).isInstanceOf(ConfigurationException.class).hasMessageContaining("true or false");
        assertThatThrownBy(() -> Configuration.resolve(Flags.none(), Map.of("ACCOLADE_ADMIN_TOKEN", "short-secret"),
                new Properties())).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("at least 16").hasMessageNotContaining("short-secret");
        assertThatThrownBy(() -> Configuration.resolve(Flags.none(), Map.of("ACCOLADE_METRICS_TOKEN", "short-secret"),
                new Properties())).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("metrics token").hasMessageContaining("at least 16")
                .hasMessageNotContaining("short-secret");
        assertThatThrownBy(() -> Configuration.resolve(Flags.none(),
                Map.of("ACCOLADE_FETCH_ALLOW", "10.0.0.0/8,intranet"), new Properties()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("'intranet'");
    }

    @Test
    void secrets_stay_out_of_its_text() {
        Configuration configuration = Configuration.resolve(
                new Flags(null, null, "jdbc:postgresql://db/accolade?password=url-secret", "app", "flag-secret", null),
                Map.of("ACCOLADE_ADMIN_TOKEN", "token-secret-0123456789", "ACCOLADE_METRICS_TOKEN",
                        "scraper-secret-0123456789"), new Properties());

        assertThat(configuration.toString()).doesNotContain("url-secret", "flag-secret", "token-secret",
                "scraper-secret")
                .contains("app");
        assertThat(configuration.databaseForDisplay()).doesNotContain("url-secret");
    }

    @Test
    void the_file_is_the_named_one_else_accolade_properties_in_the_working_directory(@TempDir Path directory)
            throws IOException {
        Files.writeString(directory.resolve("accolade.properties"), "host=default.file\n");
        Files.writeString(directory.resolve("named.properties"), "host=named.file\n");
        Files.writeString(directory.resolve("env.properties"), "host=env.file\n");

        assertThat(ConfigFile.load(Optional.of(Path.of("named.properties")),
                Map.of("ACCOLADE_CONFIG", "env.properties"), directory).getProperty("host")).isEqualTo("named.file");
        assertThat(ConfigFile.load(Optional.empty(), Map.of("ACCOLADE_CONFIG", "env.properties"), directory)
                .getProperty("host")).isEqualTo("env.file");
        assertThat(ConfigFile.load(Optional.empty(), Map.of(), directory).getProperty("host"))
                .isEqualTo("default.file");
    }

    @Test
    void no_file_is_needed_but_a_named_one_must_exist(@TempDir Path directory) {
        assertThat(ConfigFile.load(Optional.empty(), Map.of(), directory)).isEmpty();
        assertThatThrownBy(() -> ConfigFile.load(Optional.of(Path.of("missing.properties")), Map.of(), directory))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("missing.properties");
    }

    private static String blocks(Configuration configuration) {
        return configuration.fetchAllow().stream().map(Cidr::toString).collect(Collectors.joining(","));
    }

    private static Properties file(String key, String value) {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        return properties;
    }
}
