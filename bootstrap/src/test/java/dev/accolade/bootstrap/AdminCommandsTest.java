package dev.accolade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.adapter.out.jdbc.JdbcSettings;
import dev.accolade.adapter.out.jdbc.JdbcStore;
import dev.accolade.application.Accolade;
import dev.accolade.application.session.SignInCommand;
import dev.accolade.application.session.SignedIn;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void create_issuer_takes_the_profile_open_badges_publishes_and_pins_the_public_url() throws IOException {
        String database = "jdbc:h2:file:" + directory.resolve("accolade");

        CliRun run = CliRun.of(Map.of("ACCOLADE_PUBLIC_URL", "https://badges.example.org/"), directory, "admin",
                "create-issuer", "--slug", "acme", "--name", "Acme", "--url", "https://acme.example", "--email",
                "Badges@Acme.example", "--time-zone", "Asia/Tokyo", "--database", database);
        CliRun refused = CliRun.of(Map.of(), directory, "admin", "create-issuer", "--slug", "bad", "--name", "Bad",
                "--email", "not an address", "--database", database);

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode issuer = JSON.readTree(run.out()).get("issuer");
        assertThat(issuer.get("url").asText()).isEqualTo("https://acme.example");
        assertThat(issuer.get("email").asText()).isEqualTo("badges@acme.example");
        assertThat(issuer.get("credential_base").asText()).isEqualTo("https://badges.example.org");
        assertThat(issuer.get("time_zone").asText()).isEqualTo("Asia/Tokyo");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("email_invalid");
    }

    @Test
    void create_issuer_then_create_key_print_working_keys_as_json() throws IOException {
        String database = "jdbc:h2:file:" + directory.resolve("accolade");

        CliRun issuerRun = CliRun.of(Map.of(), directory, "admin", "create-issuer", "--slug", "topchefs",
                "--name", "Top Chefs", "--database", database);
        CliRun keyRun = CliRun.of(Map.of(), directory, "admin", "create-key", "--issuer", "topchefs",
                "--label", "ci", "--database", database);

        assertThat(issuerRun.exitCode()).as(issuerRun.err()).isZero();
        assertThat(keyRun.exitCode()).as(keyRun.err()).isZero();
        JsonNode created = JSON.readTree(issuerRun.out());
        assertThat(created.get("issuer").get("slug").asText()).isEqualTo("topchefs");
        assertThat(created.get("issuer").get("name").asText()).isEqualTo("Top Chefs");
        String firstSecret = created.get("api_key").get("secret").asText();
        assertThat(firstSecret).startsWith(created.get("api_key").get("prefix").asText());
        JsonNode key = JSON.readTree(keyRun.out());
        assertThat(key.get("label").asText()).isEqualTo("ci");
        assertThat(key.get("issuer").asLong()).isEqualTo(created.get("issuer").get("id").asLong());
        try (JdbcStore store = JdbcStore.open(JdbcSettings.of(database))) {
            Accolade accolade = Accolade.builder().store(store).build();
            Issuer first = accolade.apiKeys().authenticateApiKey(firstSecret);
            Issuer second = accolade.apiKeys().authenticateApiKey(key.get("secret").asText());
            assertThat(first.slug().value()).isEqualTo("topchefs");
            assertThat(second.id()).isEqualTo(first.id());
        }
    }

    @Test
    void create_member_makes_a_confirmed_member_with_its_personal_issuer_once() throws IOException {
        String database = "jdbc:h2:file:" + directory.resolve("members");

        CliRun run = CliRun.of(Map.of(), directory, "admin", "create-member", "--email", "ada@example.org",
                "--password", "correct horse battery", "--name", "Ada Lovelace", "--database", database);
        CliRun again = CliRun.of(Map.of(), directory, "admin", "create-member", "--email", "ada@example.org",
                "--password", "another password", "--name", "Ada", "--database", database);

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode created = JSON.readTree(run.out());
        assertThat(created.get("member").get("email").asText()).isEqualTo("ada@example.org");
        assertThat(created.get("member").get("confirmed").asBoolean()).isTrue();
        long memberId = created.get("member").get("id").asLong();
        assertThat(created.get("issuer").get("slug").asText()).isEqualTo("member-" + memberId);
        assertThat(created.get("issuer").get("name").asText()).isEqualTo("Ada Lovelace");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("email_taken");
        try (JdbcStore store = JdbcStore.open(JdbcSettings.of(database))) {
            Accolade accolade = Accolade.builder().store(store).build();
            SignedIn signedIn = accolade.sessions().signIn(new SignInCommand("ada@example.org",
                    "correct horse battery"));
            assertThat(signedIn.member().id().value()).isEqualTo(memberId);
            assertThat(accolade.issuers().getIssuer(new IssuerId(created.get("issuer").get("id").asLong()))
                    .isOwnedBy(signedIn.member().id())).isTrue();
        }
    }

    @Test
    void the_database_comes_from_the_environment_when_no_flag_names_it() throws IOException {
        String database = "jdbc:h2:file:" + directory.resolve("from-env");

        CliRun run = CliRun.of(Map.of("ACCOLADE_DATABASE", database), directory, "admin", "create-issuer",
                "--slug", "envy", "--name", "Envy");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.exists(directory.resolve("from-env.mv.db"))).isTrue();
    }

    @Test
    void the_database_comes_from_accolade_properties_in_the_working_directory() throws IOException {
        Files.writeString(directory.resolve("accolade.properties"),
                "database=jdbc:h2:file:" + directory.resolve("from-file").toString().replace("\\", "/") + "\n");

        CliRun run = CliRun.of(Map.of(), directory, "admin", "create-issuer", "--slug", "filed", "--name", "Filed");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.exists(directory.resolve("from-file.mv.db"))).isTrue();
    }

    @Test
    void a_named_configuration_file_that_does_not_exist_is_bad_usage() throws IOException {
        CliRun run = CliRun.of(Map.of(), directory, "admin", "create-key", "--issuer", "x", "--config",
                "missing.properties");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(JSON.readTree(run.err()).get("message").asText()).contains("missing.properties");
    }

    @Test
    void a_taken_slug_exits_1_with_the_error_as_json_on_standard_error() throws IOException {
        String database = "jdbc:h2:file:" + directory.resolve("accolade");
        CliRun.of(Map.of(), directory, "admin", "create-issuer", "--slug", "taken", "--name", "First",
                "--database", database);

        CliRun second = CliRun.of(Map.of(), directory, "admin", "create-issuer", "--slug", "taken", "--name",
                "Second", "--database", database);

        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.out()).isEmpty();
        JsonNode error = JSON.readTree(second.err());
        assertThat(error.get("error").asText()).isEqualTo("issuer_slug_taken");
        assertThat(error.get("message").asText()).isNotBlank();
    }

    @Test
    void an_unknown_issuer_exits_1_with_its_error() throws IOException {
        CliRun run = CliRun.of(Map.of(), directory, "admin", "create-key", "--issuer", "nobody", "--database",
                "memory");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(JSON.readTree(run.err()).get("error").asText()).endsWith("not_found");
    }

    @Test
    void a_missing_option_is_bad_usage() {
        CliRun run = CliRun.of(Map.of(), directory, "admin", "create-issuer", "--slug", "nameless");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--name");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void an_unsupported_database_is_bad_usage_and_keeps_its_password_secret() throws IOException {
        CliRun run = CliRun.of(Map.of(), directory, "admin", "create-key", "--issuer", "x", "--database",
                "jdbc:h2:tcp://localhost/db;password=hunter2");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(JSON.readTree(run.err()).get("error").asText()).isEqualTo("configuration_invalid");
        assertThat(run.err()).doesNotContain("hunter2");
    }
}
