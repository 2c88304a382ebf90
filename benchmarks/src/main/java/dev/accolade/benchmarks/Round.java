package dev.accolade.benchmarks;

import org.HdrHistogram.Histogram;

/**
 * One timed round of one side of a case.
 *
 * @param name the side's name
 * @param perSecond answers with the expected status per second
 * @param errors answers with another status
 * @param latencies each request's latency in microseconds
 */
record Round(String name, double perSecond, long errors, Histogram latencies) {
}
