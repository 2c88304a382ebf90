package dev.accolade.adapter.out.jdbc;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Tells, with one query, whether a database already records the newest migration this build carries, so
 * that a start on an up-to-date schema can skip Flyway's scan and check of every script. Anything it is not
 * sure of (no history table, a failed migration, a database ahead of or behind the build, scripts it cannot
 * list) answers "not current", and Flyway then runs as always.
 */
final class SchemaCurrency {

    private static final String FOLDER = "db/migration";
    private static final Pattern SCRIPT = Pattern.compile("(?:^|/)V([0-9._]+)__[^/]*\\.sql$");

    private SchemaCurrency() {
    }

    /** Whether the database's history records exactly the newest migration known here, and no failure. */
    static boolean isCurrent(DataSource dataSource, List<JavaMigration> javaMigrations) {
        Optional<MigrationVersion> newest = newestKnown(javaMigrations);
        if (newest.isEmpty()) {
            return false;
        }
        return newestApplied(dataSource).filter(newest.get()::equals).isPresent();
    }

    /**
     * The newest version among the scripts on the class path and the Java migrations, if the scripts can be
     * listed: the class path's directories and jars are read as files (a jar's manifest class path followed, as
     * a test runner's is), never through a URL.
     */
    static Optional<MigrationVersion> newestKnown(List<JavaMigration> javaMigrations) {
        List<String> names = new ArrayList<>();
        try {
            for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    scriptNames(Path.of(entry).toAbsolutePath(), names, 0);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        List<MigrationVersion> versions = new ArrayList<>();
        javaMigrations.forEach(migration -> versions.add(migration.getVersion()));
        for (String name : names) {
            Matcher script = SCRIPT.matcher(name);
            if (script.find()) {
                versions.add(MigrationVersion.fromVersion(script.group(1)));
            }
        }
        return versions.stream().max(MigrationVersion::compareTo);
    }

    private static void scriptNames(Path entry, List<String> names, int depth) throws IOException {
        if (Files.isDirectory(entry)) {
            Path folder = entry.resolve(FOLDER);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.forEach(file -> names.add(file.getFileName().toString()));
                }
            }
        } else if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
            try (JarFile jar = new JarFile(entry.toFile())) {
                jar.stream().map(JarEntry::getName).filter(name -> name.startsWith(FOLDER + "/")).forEach(names::add);
                Manifest manifest = jar.getManifest();
                String classPath = manifest == null ? null : manifest.getMainAttributes()
                        .getValue(Attributes.Name.CLASS_PATH);
                if (classPath != null && depth == 0) {
                    for (String linked : classPath.trim().split("\\s+")) {
                        URI uri = entry.getParent().toUri().resolve(linked);
                        scriptNames(Path.of(uri), names, depth + 1);
                    }
                }
            }
        }
    }

    /** The newest version the history records as applied, unless it records a failure or is missing. */
    private static Optional<MigrationVersion> newestApplied(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select \"version\", \"success\" from \"flyway_schema_history\"")) {
            MigrationVersion newest = null;
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return Optional.empty();
                }
                String version = rows.getString(1);
                if (version != null) {
                    MigrationVersion applied = MigrationVersion.fromVersion(version);
                    newest = newest == null || applied.compareTo(newest) > 0 ? applied : newest;
                }
            }
            return Optional.ofNullable(newest);
        } catch (SQLException noHistory) {
            return Optional.empty();
        }
    }
}
