package dev.accolade.benchmarks;

import java.net.http.HttpRequest;
import java.util.function.LongFunction;

/**
 * A server case: the side measured and its baseline, run in turn in one run.
 *
 * @param name what the case measures
 * @param measured the side under test
 * @param baseline the side it is divided by
 * @param target the ratio the issue asks for, as text
 * @param connections the requests kept in flight, or 0 for the run's setting
 */
record HttpCase(String name, Side measured, Side baseline, String target, int connections) {

    /** A case with the run's number of connections. */
    HttpCase(String name, Side measured, Side baseline, String target) {
        this(name, measured, baseline, target, 0);
    }

    /**
     * One side of a case.
     *
     * @param label what this side sends
     * @param requests makes the request with each new number of the run
     * @param expectedStatus the status every answer must have
     */
    record Side(String label, LongFunction<HttpRequest> requests, int expectedStatus) {
    }
}
