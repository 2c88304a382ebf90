package dev.accolade.benchmarks;

import java.util.List;

/** The median of a run's figures, which one slow round on a shared machine does not move. */
final class Medians {

    private Medians() {
    }

    /** The median of the values, 0 for none. */
    static double of(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
