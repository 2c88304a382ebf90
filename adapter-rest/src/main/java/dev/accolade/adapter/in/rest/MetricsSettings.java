package dev.accolade.adapter.in.rest;

import static java.util.Objects.requireNonNull;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Optional;

/**
 * Where the server's meters are kept, and who besides the operator may read them at {@code GET /metrics}.
 *
 * @param registry the meters every part of the server records to, written out in Prometheus's text format
 * @param token a token that reads the metrics and nothing else, for a scraper that should not hold the admin
 *     token; compared in constant time, never logged
 */
public record MetricsSettings(PrometheusMeterRegistry registry, Optional<String> token) {

    /** The shortest metrics token accepted. */
    public static final int MIN_TOKEN_LENGTH = 16;

    /** Checks every part: a metrics token, when there is one, has at least 16 characters. */
    public MetricsSettings {
        requireNonNull(registry, "registry");
        requireNonNull(token, "token");
        if (token.isPresent() && token.get().length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("the metrics token needs at least " + MIN_TOKEN_LENGTH + " characters");
        }
    }

    /** A new, empty registry that only the admin token reads. */
    public static MetricsSettings adminOnly() {
        return new MetricsSettings(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), Optional.empty());
    }

    @Override
    public String toString() {
        return "MetricsSettings[token=" + (token.isPresent() ? "(set)" : "(admin token only)") + "]";
    }
}
