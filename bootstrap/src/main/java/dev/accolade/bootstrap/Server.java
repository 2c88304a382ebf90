package dev.accolade.bootstrap;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.in.rest.RestServer;
import dev.accolade.adapter.in.rest.RestSettings;
import dev.accolade.adapter.out.http.AddressPolicy;
import dev.accolade.application.Accolade;
import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.port.out.SecretSealerPort;
import dev.accolade.application.support.SecureRandomTokenGenerator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Accolade server: the store, the use cases over it, the HTTP server in front, the thread
 * that sends the outbox and the metrics of them all. Closing stops the HTTP server first, letting requests
 * in flight finish, then the delivery thread, letting a send in flight finish, then the store and last the
 * metrics.
 */
public final class Server implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Server.class);
    private static final int GENERATED_TOKEN_LENGTH = 40;

    private final RestServer rest;
    private final OpenStore store;
    private final DeliveryScheduler deliveries;
    private final Runnable stopRuleJobs;
    private final Runnable closeMetrics;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    /** The server the parts make, each already started; closing it stops them in this order. */
    Server(RestServer rest, OpenStore store, DeliveryScheduler deliveries) {
        this(rest, store, deliveries, () -> { }, () -> { });
    }

    private Server(RestServer rest, OpenStore store, DeliveryScheduler deliveries, Runnable stopRuleJobs,
            Runnable closeMetrics) {
        this.rest = requireNonNull(rest, "rest");
        this.store = requireNonNull(store, "store");
        this.deliveries = requireNonNull(deliveries, "deliveries");
        this.stopRuleJobs = requireNonNull(stopRuleJobs, "stopRuleJobs");
        this.closeMetrics = closeMetrics;
    }

    /**
     * Opens the store, starts the HTTP server and logs where it listens. When no admin token is
     * configured, one is generated and printed on the output, this once.
     */
    public static Server start(Configuration configuration, CliOutput output) {
        requireNonNull(output, "output");
        StartPreparation prepared = StartPreparation.begin();
        boolean generated = configuration.adminToken().isEmpty();
        String adminToken = configuration.adminToken()
                .orElseGet(() -> new SecureRandomTokenGenerator().newToken(GENERATED_TOKEN_LENGTH));
        SecretSealerPort sealer = MasterKeys.sealerFor(configuration);
        int port = configuration.port() == 0 ? FreePort.on(configuration.host()) : configuration.port();
        ServerMetrics metrics = ServerMetrics.start();
        OpenStore store;
        try {
            store = OpenStore.open(configuration, metrics.poolMetrics());
        } catch (RuntimeException failure) {
            metrics.close();
            throw failure;
        }
        metrics.watch(store);
        AccoladeSettings settings = configuration.settings(port);
        Accolade accolade;
        try {
            accolade = store.accolade(settings, sealer, new AddressPolicy(configuration.fetchAllow()),
                    prepared.validator(), prepared.documents());
        } catch (RuntimeException | Error failure) {
            closeAll(store, metrics::close);
            throw failure;
        }
        metrics.watch(accolade.deliveries());
        if (configuration.sandbox()) {
            try {
                SandboxUsers.ensure(accolade, output);
            } catch (RuntimeException failure) {
                closeAll(store, metrics::close);
                throw failure;
            }
        }
        RestServer rest;
        try {
            rest = RestServer.start(accolade, new RestSettings(configuration.host(), port, adminToken,
                    settings.publicUrl().value(), configuration.deadlines(), configuration.rateLimits()),
                    metrics.settings(configuration.metricsToken()));
        } catch (RuntimeException failure) {
            closeAll(store, metrics::close);
            throw new CliFailure("server_unavailable", "Cannot listen on " + configuration.host() + ":"
                    + port + ": " + failure.getMessage());
        }
        LOG.info("Accolade listening on http://{}:{} (database: {}{}); public URL {}",
                displayHost(configuration.host()),
                rest.port(), configuration.databaseForDisplay(), configuration.sandbox() ? ", sandbox" : "",
                settings.publicUrl().value());
        if (generated) {
            output.notice("No admin token is configured (ACCOLADE_ADMIN_TOKEN or admin.token); this run's token,"
                    + " shown only now: " + adminToken);
        }
        DeliveryScheduler deliveries = DeliveryScheduler.start(accolade.deliveries());
        RuleJobScheduler ruleJobs = RuleJobScheduler.start(accolade.rules(), accolade.leaderboards());
        return new Server(rest, store, deliveries, ruleJobs::close, metrics::close);
    }

    /** Closes the store, then the metrics, even when the store fails to close. */
    private static void closeAll(OpenStore store, Runnable closeMetrics) {
        try {
            store.close();
        } finally {
            closeMetrics.run();
        }
    }

    /** The port the server listens on. */
    public int port() {
        return rest.port();
    }

    /** Waits until the server has been closed. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /**
     * Stops the HTTP server, letting requests in flight finish, then the delivery thread, letting a send in
     * flight finish, then closes the store and last the metrics; only the first call acts.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        try {
            rest.close();
        } finally {
            try {
                deliveries.close();
                stopRuleJobs.run();
            } finally {
                closeAll(store, closeMetrics);
            }
            LOG.info("Accolade stopped");
            stopped.countDown();
        }
    }

    private static String displayHost(String host) {
        return host.equals(Configuration.DEFAULT_HOST) || host.equals("::") ? "localhost" : host;
    }
}
