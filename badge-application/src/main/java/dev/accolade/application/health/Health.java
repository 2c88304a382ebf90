package dev.accolade.application.health;

/** The health feature: whether the server can serve requests. */
public interface Health extends CheckReadinessUseCase {
}
