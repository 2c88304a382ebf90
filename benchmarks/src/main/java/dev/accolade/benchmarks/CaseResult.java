package dev.accolade.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * What a case measured: each round of each side, in pairs.
 *
 * @param name the case
 * @param measuredLabel what the measured side sends
 * @param baselineLabel what the baseline sends
 * @param target the ratio asked for
 * @param measured the measured side's rounds
 * @param baseline the baseline's rounds, paired with the measured side's by position
 */
record CaseResult(String name, String measuredLabel, String baselineLabel, String target, List<Round> measured,
        List<Round> baseline) {

    /** The median of the pairs' ratios of throughput, measured over baseline. */
    double ratio() {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < measured.size(); i++) {
            double base = baseline.get(i).perSecond();
            ratios.add(base == 0 ? 0 : measured.get(i).perSecond() / base);
        }
        return Medians.of(ratios);
    }

    /** The 99th percentile of the measured side's latencies over the baseline's, all rounds of each together. */
    double p99Ratio() {
        double base = merged(baseline, 99);
        return base == 0 ? 0 : merged(measured, 99) / base;
    }

    /** The errors of both sides together: answers with another status than expected. */
    long errors() {
        return measured.stream().mapToLong(Round::errors).sum() + baseline.stream().mapToLong(Round::errors).sum();
    }

    /** The case as lines of the report. */
    String report() {
        return String.format(Locale.ROOT, "%-44s ratio %6.3f  (target %s)%n    A %-56s %9.1f/s p50 %6.2f ms"
                + " p99 %6.2f ms%n    B %-56s %9.1f/s p50 %6.2f ms p99 %6.2f ms%n    errors %d", name, ratio(), target,
                measuredLabel, Medians.of(measured.stream().map(Round::perSecond).toList()), merged(measured, 50),
                merged(measured, 99), baselineLabel, Medians.of(baseline.stream().map(Round::perSecond).toList()),
                merged(baseline, 50), merged(baseline, 99), errors());
    }

    private static double merged(List<Round> rounds, double percentile) {
        Histogram all = new Histogram(3);
        rounds.forEach(round -> all.add(round.latencies()));
        return all.getTotalCount() == 0 ? 0 : all.getValueAtPercentile(percentile) / 1_000.0;
    }
}
