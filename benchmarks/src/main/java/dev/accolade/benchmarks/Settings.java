package dev.accolade.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Set;

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
 * @param cases the cases to run, by name ({@link #CASES}); all of them unless {@code --cases} names some
 * @param scaleStores the JDBC URLs of stores {@code admin generate} filled before, for the scale case; when
 *     empty the case fills a new H2 file itself
 * @param recipientStores the JDBC URLs of the large and the small store of the recipients case, filled by
 *     {@code admin generate} before; when empty a smoke run fills two tiny H2 files and a real run skips the case
 */
record Settings(int rounds, Duration round, Duration warmUp, int connections, int forks, Duration jmhIteration,
        int awards, Set<String> cases, List<String> scaleStores, List<String> recipientStores) {

    /** Every case's name, in the order the suite runs them. */
    static final List<String> CASES = List.of("parser", "list", "fresh", "replay", "bulk", "scale", "recipients",
            "board", "start", "ingest", "events", "events-awards", "progress", "retro");

    /** Whether the run includes the named case. */
    boolean runs(String name) {
        return cases.contains(name);
    }

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

    /** The log lines of the ingest case: 100,000, or 1,000 in a smoke run. */
    int ingestLines() {
        return isSmoke() ? 1_000 : 100_000;
    }

    /** The subjects whose counters the progress case fills: 1,000,000, or 2,000 in a smoke run. */
    int progressSubjects() {
        return isSmoke() ? 2_000 : 1_000_000;
    }

    /** The stored events the retroactive case evaluates a new rule over: 1,000,000, or 2,000 in a smoke run. */
    int retroEvents() {
        return isSmoke() ? 2_000 : 1_000_000;
    }

    /** Whether this is a smoke run, whose figures mean nothing. */
    boolean isSmoke() {
        return round.compareTo(Duration.ofSeconds(1)) < 0;
    }

    /** The real run's defaults. */
    static Settings real() {
        return new Settings(5, Duration.ofSeconds(3), Duration.ofSeconds(3), 8, 1, Duration.ofSeconds(1), 20,
                Set.copyOf(CASES), List.of(), List.of());
    }

    /** The smoke run's: everything runs, briefly, in this JVM; no figure it prints means anything. */
    static Settings smoke() {
        return new Settings(1, Duration.ofMillis(200), Duration.ofMillis(100), 2, 0, Duration.ofMillis(50), 20,
                Set.copyOf(CASES), List.of(), List.of());
    }

    /** The real or, with {@code --smoke}, the smoke settings, changed by {@code --rounds N --seconds S …}. */
    static Settings parse(List<String> args) {
        Settings settings = args.contains("--smoke") ? smoke() : real();
        List<String> options = args.stream().filter(arg -> !arg.equals("--smoke")).toList();
        for (int i = 0; i < options.size(); i += 2) {
            String value = i + 1 < options.size() ? options.get(i + 1) : "";
            settings = switch (options.get(i)) {
                case "--rounds" -> new Settings(Integer.parseInt(value), settings.round, settings.warmUp,
                        settings.connections, settings.forks, settings.jmhIteration, settings.awards, settings.cases,
                        settings.scaleStores, settings.recipientStores);
                case "--seconds" -> new Settings(settings.rounds, seconds(value), seconds(value), settings.connections,
                        settings.forks, settings.jmhIteration, settings.awards, settings.cases, settings.scaleStores,
                        settings.recipientStores);
                case "--connections" -> new Settings(settings.rounds, settings.round, settings.warmUp,
                        Integer.parseInt(value), settings.forks, settings.jmhIteration, settings.awards,
                        settings.cases, settings.scaleStores, settings.recipientStores);
                case "--forks" -> new Settings(settings.rounds, settings.round, settings.warmUp, settings.connections,
                        Integer.parseInt(value), settings.jmhIteration, settings.awards, settings.cases,
                        settings.scaleStores, settings.recipientStores);
                case "--cases" -> new Settings(settings.rounds, settings.round, settings.warmUp, settings.connections,
                        settings.forks, settings.jmhIteration, settings.awards, cases(value), settings.scaleStores,
                        settings.recipientStores);
                case "--scale-on" -> new Settings(settings.rounds, settings.round, settings.warmUp,
                        settings.connections, settings.forks, settings.jmhIteration, settings.awards, settings.cases,
                        List.of(value.split(",")), settings.recipientStores);
                case "--recipients-on" -> new Settings(settings.rounds, settings.round, settings.warmUp,
                        settings.connections, settings.forks, settings.jmhIteration, settings.awards, settings.cases,
                        settings.scaleStores, pair(value));
                default -> throw new IllegalArgumentException("unknown option " + options.get(i)
                        + " (use --rounds N, --seconds S, --connections C, --forks F, --cases a,b, --scale-on URL,URL,"
                        + " --recipients-on LARGE,SMALL or --smoke alone)");
            };
        }
        return settings;
    }

    private static List<String> pair(String value) {
        List<String> urls = List.of(value.split(","));
        if (urls.size() != 2) {
            throw new IllegalArgumentException("--recipients-on takes two JDBC URLs, the large store's and the"
                    + " small one's: " + value);
        }
        return urls;
    }

    private static Set<String> cases(String value) {
        Set<String> named = Set.of(value.split(","));
        if (!CASES.containsAll(named)) {
            throw new IllegalArgumentException("unknown case in " + value + " (the cases: " + CASES + ")");
        }
        return named;
    }

    private static Duration seconds(String value) {
        return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
    }
}
