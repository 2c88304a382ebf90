package dev.accolade.bootstrap;

import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.accolade.adapter.in.rest.MetricsSettings;
import dev.accolade.adapter.out.jdbc.TransactionRetries;
import dev.accolade.application.delivery.SummarizeDeliveriesUseCase;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.Optional;

/**
 * The server's meters, in one registry that {@code GET /metrics} writes out in Prometheus's text format:
 * the JVM's (memory, garbage collection, threads, classes, processors, uptime) from the start, then the
 * store's (its pool's connections and its transaction retries), the committed domain events and the
 * delivery backlog as the server wires them; the HTTP server adds its requests. Closing stops listening to
 * the garbage collector.
 */
final class ServerMetrics implements AutoCloseable {

    private final PrometheusMeterRegistry registry;
    private final JvmGcMetrics garbageCollection;

    private ServerMetrics(PrometheusMeterRegistry registry, JvmGcMetrics garbageCollection) {
        this.registry = registry;
        this.garbageCollection = garbageCollection;
    }

    /** A registry with the JVM's meters bound. */
    static ServerMetrics start() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        JvmGcMetrics garbageCollection = new JvmGcMetrics();
        garbageCollection.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return new ServerMetrics(registry, garbageCollection);
    }

    /** What a database's connection pool reports its connections to: HikariCP's own Micrometer meters. */
    MetricsTrackerFactory poolMetrics() {
        return new MicrometerMetricsTrackerFactory(registry);
    }

    /** Counts the store's committed events and, for a database, its transaction retries. */
    void watch(OpenStore store) {
        store.subscribe(EventMeters.on(registry)::count);
        store.retries().ifPresent(this::watch);
    }

    private void watch(TransactionRetries retries) {
        FunctionCounter.builder("accolade.store.transaction.retries", retries, TransactionRetries::retries)
                .description("Writing units of work run again after losing to concurrent ones").register(registry);
        FunctionCounter.builder("accolade.store.busy", retries, TransactionRetries::givenUp)
                .description("Writing units of work that gave up as store_busy, writing nothing")
                .register(registry);
    }

    /** Reports the outbox: deliveries by kind and status, and the age of the oldest pending ones. */
    void watch(SummarizeDeliveriesUseCase deliveries) {
        DeliveryGauges.register(registry, deliveries, Clock.systemUTC());
    }

    /** The registry for the HTTP server, readable with the admin token and this metrics token, if any. */
    MetricsSettings settings(Optional<String> token) {
        return new MetricsSettings(registry, token);
    }

    @Override
    public void close() {
        garbageCollection.close();
        registry.close();
    }
}
