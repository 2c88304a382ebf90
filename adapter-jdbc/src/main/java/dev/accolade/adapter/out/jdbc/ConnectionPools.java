package dev.accolade.adapter.out.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import java.util.Optional;

/**
 * HikariCP pools on the database some settings name, with what every connection needs: PostgreSQL's
 * commits flushed before they return, and its driver's messages free of row values.
 */
final class ConnectionPools {

    private ConnectionPools() {
    }

    /** A new pool of up to {@code settings.maxPoolSize()} connections, named for its metrics and threads. */
    static HikariDataSource open(JdbcSettings settings, String name) {
        return open(settings, name, Optional.empty());
    }

    /** A new pool like {@link #open(JdbcSettings, String)}, reporting its use to a metrics tracker if given one. */
    static HikariDataSource open(JdbcSettings settings, String name, Optional<MetricsTrackerFactory> metrics) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        metrics.ifPresent(config::setMetricsTrackerFactory);
        config.setJdbcUrl(settings.effectiveUrl());
        if (!settings.user().isEmpty()) {
            config.setUsername(settings.user());
        }
        if (!settings.password().isEmpty()) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(settings.maxPoolSize());
        if (settings.dialect() == JdbcDialect.POSTGRESQL) {
            config.setConnectionInitSql("SET synchronous_commit = on");
            config.addDataSourceProperty("logServerErrorDetail", "false");
        }
        return new HikariDataSource(config);
    }
}
