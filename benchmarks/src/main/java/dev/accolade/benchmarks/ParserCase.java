package dev.accolade.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The parser case on JMH: each round runs the parser and its baseline scan as separate JMH runs, in turn
 * (A B, then B A), and the ratio is the median of the rounds' ratios.
 */
final class ParserCase {

    /** The parser's own target, in lines per second. */
    static final double TARGET_LINES_PER_SECOND = 1_000_000;

    private final Settings settings;

    /** A case measured with these settings. */
    ParserCase(Settings settings) {
        this.settings = settings;
    }

    /** Runs the rounds and gives the report's lines. */
    String measure() {
        List<Double> parsed = new ArrayList<>();
        List<Double> scanned = new ArrayList<>();
        for (int i = 0; i < settings.rounds(); i++) {
            if (i % 2 == 0) {
                parsed.add(linesPerSecond("parse"));
                scanned.add(linesPerSecond("scan"));
            } else {
                scanned.add(linesPerSecond("scan"));
                parsed.add(linesPerSecond("parse"));
            }
        }
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            ratios.add(parsed.get(i) / scanned.get(i));
        }
        double lines = Medians.of(parsed);
        return String.format(Locale.ROOT, "%-44s ratio %6.3f  (no target for the ratio)%n"
                + "    A %-56s %,9.0f lines/s (target %,.0f: %s)%n    B %-56s %,9.0f lines/s",
                "Minecraft log parser alone", Medians.of(ratios), "MinecraftLogReader.read, 10,000 lines", lines,
                TARGET_LINES_PER_SECOND, lines >= TARGET_LINES_PER_SECOND ? "met" : "not met",
                "one scan of the same lines (lastIndexOf)", Medians.of(scanned));
    }

    private double linesPerSecond(String benchmark) {
        TimeValue iteration = TimeValue.milliseconds(settings.jmhIteration().toMillis());
        Options options = new OptionsBuilder().include(LogParserBenchmark.class.getName() + "\\." + benchmark + "$")
                .forks(settings.forks()).warmupIterations(2).warmupTime(iteration).measurementIterations(3)
                .measurementTime(iteration).shouldFailOnError(true).verbosity(VerboseMode.SILENT).build();
        try {
            Collection<RunResult> results = new Runner(options).run();
            return results.iterator().next().getPrimaryResult().getScore();
        } catch (RunnerException failure) {
            throw new IllegalStateException("JMH failed on " + benchmark, failure);
        }
    }
}
