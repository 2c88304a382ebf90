package dev.accolade.application.shared;

import dev.accolade.application.port.out.UniqueConstraintViolation;
import java.util.function.Supplier;

/**
 * Runs a unit of work again when it lost a race on one of the store's unique constraints, so that
 * the second run finds what the winner wrote; gives up after {@value #ATTEMPTS} runs.
 */
public final class LostRaces {

    /** How often a unit of work that lost a race runs in all. */
    public static final int ATTEMPTS = 3;

    private LostRaces() {
    }

    /** The result of the first run that does not lose a race; the last loss when every run does. */
    public static <T> T retried(Supplier<T> unitOfWork) {
        for (int attempt = 1;; attempt++) {
            try {
                return unitOfWork.get();
            } catch (UniqueConstraintViolation lostRace) {
                if (attempt >= ATTEMPTS) {
                    throw lostRace;
                }
            }
        }
    }
}
