package dev.accolade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.application.port.out.SecretSealerPort;
import dev.accolade.application.support.AesGcmSecretSealer;
import dev.accolade.domain.common.SealedSecret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The master key that seals signing secrets: configured, kept beside an H2 file, or drawn per run. */
class MasterKeysTest {

    @TempDir
    Path folder;

    private static Configuration configured(String database, String masterKey) {
        return Configuration.resolve(new Flags(null, null, database, null, null, null),
                masterKey == null ? Map.of() : Map.of("ACCOLADE_MASTER_KEY", masterKey), new Properties());
    }

    @Test
    void a_configured_key_seals_what_a_sealer_with_the_same_key_opens() {
        String key = Base64.getEncoder().encodeToString(AesGcmSecretSealer.newMasterKey());

        SealedSecret sealed = MasterKeys.sealerFor(configured("memory", key)).seal("abc123");

        assertThat(MasterKeys.sealerFor(configured("memory", key)).open(sealed)).isEqualTo("abc123");
        assertThat(configured("memory", key).toString()).doesNotContain(key);
    }

    @Test
    void a_key_that_is_not_32_bytes_of_base64_is_a_configuration_error() {
        assertThatThrownBy(() -> configured("memory", "c2hvcnQ=")).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> configured("memory", "not base64!")).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void without_a_configured_key_an_h2_file_database_keeps_one_beside_it_for_the_next_run() throws IOException {
        String database = "jdbc:h2:file:" + folder.resolve("data/accolade") + ";MODE=Strict";

        SecretSealerPort first = MasterKeys.sealerFor(configured(database, null));
        SecretSealerPort second = MasterKeys.sealerFor(configured(database, null));

        Path file = folder.resolve("data/accolade" + MasterKeys.FILE_SUFFIX);
        assertThat(second.open(first.seal("kept"))).isEqualTo("kept");
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void a_database_in_memory_gets_a_key_per_run_and_no_file() {
        assertThat(MasterKeys.keyFileOf("memory")).isEmpty();
        assertThat(MasterKeys.keyFileOf("jdbc:h2:mem:test")).isEmpty();
        assertThat(MasterKeys.keyFileOf("jdbc:postgresql://db/accolade")).contains(MasterKeys.WORKING_DIRECTORY_FILE);
        SealedSecret sealed = MasterKeys.sealerFor(configured("memory", null)).seal("gone");
        assertThatThrownBy(() -> MasterKeys.sealerFor(configured("memory", null)).open(sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_broken_key_file_stops_the_start_with_a_message() throws IOException {
        Path file = folder.resolve("broken" + MasterKeys.FILE_SUFFIX);
        Files.writeString(file, "not a key");

        assertThatThrownBy(() -> MasterKeys.readOrCreate(file)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(file.toString());
        assertThat(MasterKeys.keyFileOf("jdbc:h2:file:" + folder.resolve("broken"))).isEqualTo(Optional.of(file));
    }
}
