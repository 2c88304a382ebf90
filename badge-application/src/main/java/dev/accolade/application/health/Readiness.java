package dev.accolade.application.health;

/**
 * Whether the service is ready to serve: its store answered a query.
 *
 * @param storeReady whether the store answered
 */
public record Readiness(boolean storeReady) {
}
