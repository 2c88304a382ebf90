package dev.accolade.bootstrap;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.out.http.AddressPolicy;
import dev.accolade.adapter.out.http.HttpCallbackSender;
import dev.accolade.adapter.out.http.HttpRemoteContent;
import dev.accolade.adapter.out.http.HttpRemoteDocuments;
import dev.accolade.adapter.out.jdbc.JdbcSettings;
import dev.accolade.adapter.out.jdbc.JdbcStore;
import dev.accolade.adapter.out.memory.InMemoryStore;
import dev.accolade.adapter.out.openbadges.BadgeImages;
import dev.accolade.adapter.out.openbadges.OpenBadgesDocuments;
import dev.accolade.adapter.out.openbadges.verify.OpenBadgesVerifier;
import dev.accolade.application.Accolade;
import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.port.out.SecretSealerPort;
import dev.accolade.application.port.out.StorePorts;
import java.sql.SQLException;
import java.util.List;

/**
 * The store the configuration names, open, and what closes it: nothing for memory, the connection
 * pool for a JDBC database.
 *
 * @param ports the store's outbound ports
 * @param closer what closes the store
 */
public record OpenStore(StorePorts ports, Runnable closer) implements AutoCloseable {

    /** H2's error code for a database file another process has open. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90_020;

    /** Checks both parts are present. */
    public OpenStore {
        requireNonNull(ports, "ports");
        requireNonNull(closer, "closer");
    }

    /** Opens the store the configuration names and brings a database's schema up to date. */
    public static OpenStore open(Configuration configuration) {
        if (configuration.inMemory()) {
            return new OpenStore(new InMemoryStore(), () -> { });
        }
        JdbcSettings settings;
        try {
            settings = JdbcSettings.of(configuration.database())
                    .withAccount(configuration.databaseUser(), configuration.databasePassword());
        } catch (IllegalArgumentException unsupported) {
            throw new ConfigurationException("The database must be 'memory' or a JDBC URL for H2 or PostgreSQL: "
                    + JdbcSettings.redact(unsupported.getMessage()));
        }
        try {
            JdbcStore store = JdbcStore.open(settings);
            return new OpenStore(store, store::close);
        } catch (RuntimeException failure) {
            throw explain(failure, configuration.databaseForDisplay());
        }
    }

    /** Use cases over this store, with these settings; secrets sealed under a key drawn for this instance. */
    public Accolade accolade(AccoladeSettings settings) {
        return Accolade.builder().store(ports).settings(settings).build();
    }

    /**
     * Use cases over this store, as the server runs them: sealing secrets, reaching other servers through the
     * outbound guard (content by URL and offer callbacks within the operator's policy; other issuers'
     * documents, which anyone may ask to verify, never on a private address whatever the policy allows) and
     * issuing and verifying Open Badges credentials.
     */
    public Accolade accolade(AccoladeSettings settings, SecretSealerPort sealer, AddressPolicy policy) {
        return Accolade.builder().store(ports).settings(settings).secretSealer(sealer)
                .remoteContent(new HttpRemoteContent(policy)).callbackSender(new HttpCallbackSender(policy))
                .remoteDocuments(new HttpRemoteDocuments(new AddressPolicy(List.of())))
                .openBadges(new OpenBadgesDocuments(), new BadgeImages(), new OpenBadgesVerifier()).build();
    }

    @Override
    public void close() {
        closer.run();
    }

    private static CliFailure explain(RuntimeException failure, String database) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException && ((SQLException) cause).getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return new CliFailure("database_locked", "The H2 database " + database + " is open in another"
                        + " process, most likely a running Accolade server. H2 runs embedded, one process per"
                        + " database file: stop the server first, or use PostgreSQL to share a database.");
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new CliFailure("database_unavailable", "Cannot open the database " + database + ": "
                + JdbcSettings.redact(String.valueOf(root.getMessage())));
    }
}
