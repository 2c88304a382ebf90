package dev.accolade.benchmarks;

import java.time.Duration;
import java.util.List;

/**
 * How long and how hard a run measures.
 *
 * @param rounds the timed rounds of each side of each case
 * @param round the length of one round of a server case
 * @param warmUp the unrecorded warm-up of each side of a server case
 * @param connections the requests a server case keeps in flight
 * @param forks the JVMs JMH forks for each in-process round (0: in this one)
 * @param jmhIteration the length of one JMH iteration (two warm-up and three measured per round)
 * @param awards the achievements the list case's recipient holds
 */
record Settings(int rounds, Duration round, Duration warmUp, int connections, int forks, Duration jmhIteration,
        int awards) {

    /** How long the start-up case loads the server with awards before reading its memory: 8 s, as in issue 18. */
    Duration loadDuration() {
        return round.compareTo(Duration.ofSeconds(1)) < 0 ? round : Duration.ofSeconds(8);
    }

    /** The awards of the scale case's store: 1,000,000, or 2,000 in a smoke run. */
    int scaleAwards() {
        return isSmoke() ? 2_000 : 1_000_000;
    }

    /** The page the scale case reads against page 1: page 5,000, or page 50 in a smoke run. */
    int deepPage() {
        return isSmoke() ? 50 : 5_000;
    }

    /** The subjects on the leaderboard case's board: 1,000,000, or 2,000 in a smoke run. */
    int boardSubjects() {
        return isSmoke() ? 2_000 : 1_000_000;
    }

    /** Whether this is a smoke run, whose figures mean nothing. */
    boolean isSmoke() {
        return round.compareTo(Duration.ofSeconds(1)) < 0;
    }

    /** The real run's defaults. */
    static Settings real() {
        return new Settings(5, Duration.ofSeconds(3), Duration.ofSeconds(3), 8, 1, Duration.ofSeconds(1), 20);
    }

    /** The smoke run's: everything runs, briefly, in this JVM; no figure it prints means anything. */
    static Settings smoke() {
        return new Settings(1, Duration.ofMillis(200), Duration.ofMillis(100), 2, 0, Duration.ofMillis(50), 20);
    }

    /** The real or, with {@code --smoke}, the smoke settings, changed by {@code --rounds N --seconds S …}. */
    static Settings parse(List<String> args) {
        Settings settings = args.contains("--smoke") ? smoke() : real();
        List<String> options = args.stream().filter(arg -> !arg.equals("--smoke")).toList();
        for (int i = 0; i < options.size(); i += 2) {
            String value = i + 1 < options.size() ? options.get(i + 1) : "";
            settings = switch (options.get(i)) {
                case "--rounds" -> new Settings(Integer.parseInt(value), settings.round, settings.warmUp,
                        settings.connections, settings.forks, settings.jmhIteration, settings.awards);
                case "--seconds" -> new Settings(settings.rounds, seconds(value), seconds(value), settings.connections,
                        settings.forks, settings.jmhIteration, settings.awards);
                case "--connections" -> new Settings(settings.rounds, settings.round, settings.warmUp,
                        Integer.parseInt(value), settings.forks, settings.jmhIteration, settings.awards);
                case "--forks" -> new Settings(settings.rounds, settings.round, settings.warmUp, settings.connections,
                        Integer.parseInt(value), settings.jmhIteration, settings.awards);
                default -> throw new IllegalArgumentException("unknown option " + options.get(i)
                        + " (use --rounds N, --seconds S, --connections C, --forks F, or --smoke alone)");
            };
        }
        return settings;
    }

    private static Duration seconds(String value) {
        return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
    }
}
