package dev.accolade.adapter.out.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
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

    /** The newest version among the scripts on the class path and the Java migrations, if they can be listed. */
    static Optional<MigrationVersion> newestKnown(List<JavaMigration> javaMigrations) {
        List<MigrationVersion> versions = new ArrayList<>();
        javaMigrations.forEach(migration -> versions.add(migration.getVersion()));
        try {
            for (URL folder : Collections.list(SchemaCurrency.class.getClassLoader().getResources(FOLDER))) {
                Optional<List<String>> names = scriptNames(folder);
                if (names.isEmpty()) {
                    return Optional.empty();
                }
                for (String name : names.get()) {
                    Matcher script = SCRIPT.matcher(name);
                    if (script.find()) {
                        versions.add(MigrationVersion.fromVersion(script.group(1)));
                    }
                }
            }
        } catch (IOException | UncheckedIOException | URISyntaxException unreadable) {
            return Optional.empty();
        }
        return versions.stream().max(MigrationVersion::compareTo);
    }

    private static Optional<List<String>> scriptNames(URL folder) throws IOException, URISyntaxException {
        if ("file".equals(folder.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(new URI(folder.toString())))) {
                return Optional.of(files.map(file -> file.getFileName().toString()).toList());
            }
        }
        if ("jar".equals(folder.getProtocol()) && folder.openConnection() instanceof JarURLConnection jar) {
            jar.setUseCaches(true);
            List<String> names = new ArrayList<>();
            Enumeration<JarEntry> entries = jar.getJarFile().entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith(FOLDER + "/")) {
                    names.add(name);
                }
            }
            return Optional.of(names);
        }
        return Optional.empty();
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
