package dev.accolade.bootstrap;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import dev.accolade.adapter.out.http.AddressPolicy;
import dev.accolade.adapter.out.http.HttpCallbackSender;
import dev.accolade.adapter.out.http.HttpRemoteContent;
import dev.accolade.adapter.out.http.HttpRemoteDocuments;
import dev.accolade.adapter.out.jdbc.JdbcSettings;
import dev.accolade.adapter.out.jdbc.JdbcStore;
import dev.accolade.adapter.out.jdbc.TransactionRetries;
import dev.accolade.adapter.out.memory.InMemoryStore;
import dev.accolade.adapter.out.openbadges.BadgeImages;
import dev.accolade.adapter.out.openbadges.OpenBadgesDocuments;
import dev.accolade.adapter.out.openbadges.verify.OpenBadgesVerifier;
import dev.accolade.application.Accolade;
import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.port.out.SecretSealerPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.support.Validators;
import dev.accolade.domain.event.DomainEvent;
import jakarta.validation.Validator;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

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
        return open(configuration, Optional.empty());
    }

    /** Opens the store like {@link #open(Configuration)}; a database's pool reports to these metrics. */
    public static OpenStore open(Configuration configuration, MetricsTrackerFactory poolMetrics) {
        return open(configuration, Optional.of(poolMetrics));
    }

    private static OpenStore open(Configuration configuration, Optional<MetricsTrackerFactory> poolMetrics) {
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
            JdbcStore store = poolMetrics.isPresent() ? JdbcStore.open(settings, poolMetrics.get())
                    : JdbcStore.open(settings);
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
        return accolade(settings, sealer, policy, Validators.create(), new OpenBadgesDocuments());
    }

    /** Use cases like {@link #accolade(AccoladeSettings, SecretSealerPort, AddressPolicy)}, with parts made before. */
    Accolade accolade(AccoladeSettings settings, SecretSealerPort sealer, AddressPolicy policy, Validator validator,
            OpenBadgesDocuments documents) {
        return Accolade.builder().store(ports).settings(settings).secretSealer(sealer).validator(validator)
                .remoteContent(new HttpRemoteContent(policy)).callbackSender(new HttpCallbackSender(policy))
                .remoteDocuments(new HttpRemoteDocuments(new AddressPolicy(List.of())))
                .openBadges(documents, new BadgeImages(), new OpenBadgesVerifier()).build();
    }

    /** Hands every event the store commits from now on to the subscriber. */
    public void subscribe(Consumer<DomainEvent> subscriber) {
        if (ports instanceof JdbcStore jdbc) {
            jdbc.events().subscribe(subscriber);
        } else if (ports instanceof InMemoryStore memory) {
            memory.events().subscribe(subscriber);
        } else {
            throw new IllegalStateException("no event bus to subscribe to on " + ports.getClass().getSimpleName());
        }
    }

    /** How often a database's writing units were run again and gave up; empty for the in-memory store. */
    public Optional<TransactionRetries> retries() {
        return ports instanceof JdbcStore jdbc ? Optional.of(jdbc.retries()) : Optional.empty();
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
