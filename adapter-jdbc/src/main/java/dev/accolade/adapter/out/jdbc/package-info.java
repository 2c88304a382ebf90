/**
 * The outbound store ports on JDBI, with H2 embedded by default and PostgreSQL for production:
 * {@code Jdbi<Aggregate>Repository} classes, {@code *Row} records, mappers, and Flyway migrations
 * under {@code db/migration}. It passes the same contract and use-case suites as the in-memory store.
 */
package dev.accolade.adapter.out.jdbc;
