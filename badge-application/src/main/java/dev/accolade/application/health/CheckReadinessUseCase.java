package dev.accolade.application.health;

/** Checks that the service can serve, for health probes; open to anyone, reveals nothing else. */
public interface CheckReadinessUseCase {

    /** Whether the store answers a cheap read now. */
    Readiness checkReadiness();
}
