package dev.accolade.adapter.out.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Small connection pools on the separate databases some tests make for themselves. */
final class TestPools {

    private TestPools() {
    }

    /** A pool of two connections on the database these settings name. */
    static HikariDataSource open(JdbcSettings settings, String name) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(settings.effectiveUrl());
        config.setUsername(settings.user().isEmpty() ? null : settings.user());
        config.setPassword(settings.password().isEmpty() ? null : settings.password());
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }
}
