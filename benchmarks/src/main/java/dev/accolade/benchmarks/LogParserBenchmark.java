package dev.accolade.benchmarks;

import dev.accolade.domain.logline.MinecraftLogReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The Minecraft log parser alone, in lines per second, over real-format lines of which half announce an
 * achievement; its baseline is the cheapest scan that still looks at every character of the same lines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LogParserBenchmark {

    /** The lines each invocation reads. */
    public static final int LINES = 10_000;

    private List<String> lines;

    /** Makes the lines: every other one an announcement, the rest the server's ordinary chatter. */
    @Setup(Level.Trial)
    public void makeLines() {
        lines = LogLines.realFormat(LINES);
    }

    /** Reads every line with a reader of one file, as ingestion does. */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public void parse(Blackhole sink) {
        MinecraftLogReader reader = MinecraftLogReader.startingOn(LocalDate.of(2026, 1, 1), ZoneOffset.UTC);
        for (String line : lines) {
            sink.consume(reader.read(line));
        }
    }

    /** The ceiling: one pass over each line's characters looking for the announcement's bracket. */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public void scan(Blackhole sink) {
        for (String line : lines) {
            sink.consume(line.lastIndexOf('['));
        }
    }

    /** The lines this benchmark reads, for a check that they are what the parser expects. */
    static List<String> lines() {
        return new ArrayList<>(LogLines.realFormat(LINES));
    }
}
