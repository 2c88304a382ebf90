package dev.accolade.bootstrap;

import dev.accolade.application.port.out.SecretSealerPort;
import dev.accolade.application.support.AesGcmSecretSealer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the master key that seals signing secrets comes from: {@code ACCOLADE_MASTER_KEY} (or
 * {@code master.key}) when set; else a key generated once and kept in a file beside an H2 file
 * database ({@code <database>.master-key}), or in {@code ./accolade.master-key} for another database;
 * for a database in memory, a key drawn per run, since nothing it seals outlives the run.
 */
final class MasterKeys {

    /** What the key file beside an H2 database is called after the database's name. */
    static final String FILE_SUFFIX = ".master-key";
    /** The key file for databases that are not H2 files. */
    static final Path WORKING_DIRECTORY_FILE = Path.of("accolade.master-key");

    private static final Logger LOG = LoggerFactory.getLogger(MasterKeys.class);
    private static final String H2_FILE = "jdbc:h2:file:";
    private static final String H2_MEM = "jdbc:h2:mem:";

    private MasterKeys() {
    }

    /** The sealer for the configured database. */
    static SecretSealerPort sealerFor(Configuration configuration) {
        if (configuration.masterKey().isPresent()) {
            return new AesGcmSecretSealer(decode(configuration.masterKey().get()));
        }
        Optional<Path> file = keyFileOf(configuration.database());
        if (file.isEmpty()) {
            return AesGcmSecretSealer.withRandomKey();
        }
        if (file.get().equals(WORKING_DIRECTORY_FILE)) {
            LOG.warn("No master key is configured (ACCOLADE_MASTER_KEY or master.key); signing secrets are sealed"
                    + " under the key in {}. Servers sharing this database need the same key: configure it.",
                    WORKING_DIRECTORY_FILE.toAbsolutePath());
        }
        return new AesGcmSecretSealer(readOrCreate(file.get()));
    }

    /** The 32 bytes of a key given in base64; a configuration error otherwise. */
    static byte[] decode(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        if (key.length != AesGcmSecretSealer.KEY_BYTES) {
            throw invalid();
        }
        return key;
    }

    /** The file that keeps the key of a database, or empty when the database lives in memory. */
    static Optional<Path> keyFileOf(String database) {
        String lower = database.toLowerCase(Locale.ROOT);
        if (Configuration.MEMORY.equals(database) || lower.startsWith(H2_MEM)) {
            return Optional.empty();
        }
        if (lower.startsWith(H2_FILE)) {
            String path = database.substring(H2_FILE.length());
            int options = path.indexOf(';');
            return Optional.of(Path.of((options < 0 ? path : path.substring(0, options)) + FILE_SUFFIX));
        }
        return Optional.of(WORKING_DIRECTORY_FILE);
    }

    /** The key kept in the file, made and written there first when there is none. */
    static byte[] readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return decodeFile(file);
            }
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            byte[] key = AesGcmSecretSealer.newMasterKey();
            try {
                Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException anotherProcessWasFirst) {
                return decodeFile(file);
            }
            ownerOnly(file);
            LOG.info("Generated the master key that seals signing secrets, kept in {}; back it up with the database",
                    file.toAbsolutePath().normalize());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the master key file " + file, e);
        }
    }

    private static byte[] decodeFile(Path file) throws IOException {
        try {
            return decode(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (ConfigurationException broken) {
            throw new ConfigurationException("The master key file " + file + " does not hold 32 bytes in base64.");
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file,
                    Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        } catch (UnsupportedOperationException notPosix) {
            LOG.debug("The file system of {} has no POSIX permissions", file);
        }
    }

    private static ConfigurationException invalid() {
        return new ConfigurationException("The master key (ACCOLADE_MASTER_KEY or master.key) must be 32 bytes in"
                + " base64, such as the output of 'openssl rand -base64 32'.");
    }
}
