/**
 * The outbound store ports on JDBI, with H2 embedded by default and PostgreSQL for production:
 * {@code Jdbi<Aggregate>Repository} classes, {@code *Row} records, mappers, and Flyway migrations:
 * SQL under {@code db/migration}, and Java where SQL cannot say it ({@code FoldedTitlesMigration}). It
 * passes the same contract and use-case suites as the in-memory store.
 */
package dev.accolade.adapter.out.jdbc;
