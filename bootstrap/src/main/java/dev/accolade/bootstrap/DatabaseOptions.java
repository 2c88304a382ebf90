package dev.accolade.bootstrap;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every command that opens the store takes: the database, its account, and the configuration file. */
public final class DatabaseOptions {

    @Option(names = "--database", paramLabel = "URL",
            description = "'memory', or a JDBC URL for H2 or PostgreSQL (default: jdbc:h2:file:./data/accolade;"
                    + " env ACCOLADE_DATABASE; file key database).")
    private String database;

    @Option(names = "--database-user", paramLabel = "USER",
            description = "The database account (env ACCOLADE_DATABASE_USER; file key database.user).")
    private String user;

    @Option(names = "--database-password", paramLabel = "PASSWORD",
            description = "The database password (env ACCOLADE_DATABASE_PASSWORD; file key database.password)."
                    + " Prefer the environment or the file: a command line is visible to other users.")
    private String password;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A properties file to read (env ACCOLADE_CONFIG; default ./accolade.properties if it"
                    + " exists).")
    private Path config;

    /** The database given on the command line, or {@code null}. */
    public String database() {
        return database;
    }

    /** The database account given on the command line, or {@code null}. */
    public String user() {
        return user;
    }

    /** The database password given on the command line, or {@code null}. */
    public String password() {
        return password;
    }

    /** The configuration file named on the command line. */
    public Optional<Path> config() {
        return Optional.ofNullable(config);
    }

    /** The configuration of a command that takes only these options: them first, then the environment and the file. */
    public Configuration configuration(CliContext context) {
        return context.configuration(new Flags(null, null, database, user, password, null), config());
    }
}
