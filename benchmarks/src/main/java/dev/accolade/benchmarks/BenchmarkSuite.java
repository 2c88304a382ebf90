package dev.accolade.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Runs every case against its baseline in one run and prints each as a ratio (docs/performance.md):
 * the server cases on the real server over an H2 file against a bare Javalin server in the same JVM, and
 * the parser on JMH.
 */
public final class BenchmarkSuite {

    /** The awards of the two H2 files the recipients case fills in a smoke run, the large one's and the small one's. */
    private static final int SMOKE_LARGE = 2_000;
    private static final int SMOKE_SMALL = 200;
    /** The recipients of one call of the bulk case. */
    private static final int BULK = 1000;
    /** The requests of each server case whose statements are counted, one after another, before it is measured. */
    private static final Map<String, Integer> COUNTED = Map.of("list", 20, "fresh", 20, "replay", 20, "bulk", 1);

    private BenchmarkSuite() {
    }

    /**
     * Runs the suite with the options in docs/performance.md and prints the report on the standard output; the
     * stores it filled (gigabytes in a real run) are deleted when it ends, whether it ended well or not.
     */
    public static void main(String[] args) throws IOException {
        Path directory = Files.createTempDirectory("accolade-bench");
        try {
            run(Settings.parse(Arrays.asList(args)), directory, System.out);
        } finally {
            deleteAll(directory);
        }
    }

    /** Deletes a directory and everything under it. */
    static void deleteAll(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Runs the suite on stores in the directory, printing the report as it goes; gives each case's result. */
    static List<CaseResult> run(Settings settings, Path directory, PrintStream out) {
        System.setProperty("logback.configurationFile", "logback-bench.xml");
        out.printf("Accolade benchmarks: %s%n", settings);
        if (settings.runs("parser")) {
            out.println(new ParserCase(settings).measure());
        }
        List<CaseResult> results = new ArrayList<>();
        if (Stream.of("list", "fresh", "replay", "bulk").anyMatch(settings::runs)) {
            results.addAll(serverCases(settings, directory, out));
        }
        if (settings.runs("scale")) {
            results.addAll(scaleCases(settings, directory(directory.resolve("scale")), out));
        }
        if (settings.runs("recipients")) {
            recipientCase(settings, directory(directory.resolve("recipients")), out).ifPresent(results::add);
        }
        if (settings.runs("board")) {
            for (LeaderboardCase.Spread spread : settings.isSmoke() ? List.of(LeaderboardCase.Spread.STEEP)
                    : List.of(LeaderboardCase.Spread.values())) {
                out.println(new LeaderboardCase(settings.boardSubjects(), settings.isSmoke() ? 5 : 200,
                        directory(directory.resolve("board-" + spread.name().toLowerCase(Locale.ROOT))), spread)
                        .measure());
            }
        }
        if (settings.runs("start")) {
            out.println(new StartupCase(settings, directory(directory.resolve("start"))).measure().report());
        }
        inProcessStoreCases(settings, directory, out);
        return results;
    }

    /** Ingestion (issue 18) and the rule engine's speed (issue 17), each embedded in this JVM on an H2 file. */
    private static void inProcessStoreCases(Settings settings, Path directory, PrintStream out) {
        if (settings.runs("ingest")) {
            out.println(new IngestCase(settings.ingestLines(), 1,
                    directory(directory.resolve("ingest"))).measure());
        }
        if (settings.runs("events")) {
            out.println(new EventsCase(settings, directory(directory.resolve("events")), false).measure());
        }
        if (settings.runs("events-awards")) {
            out.println(new EventsCase(settings, directory(directory.resolve("events-awards")), true).measure());
        }
        if (settings.runs("progress")) {
            out.println(new ProgressCase(settings.progressSubjects(), settings.isSmoke() ? 5 : 200,
                    directory(directory.resolve("progress"))).measure());
        }
        if (settings.runs("retro")) {
            out.println(new RetroactiveCase(settings.retroEvents(), directory(directory.resolve("retro"))).measure());
        }
    }

    /** The scale case on each store given, or on a new H2 file it fills itself. */
    private static List<CaseResult> scaleCases(Settings settings, Path directory, PrintStream out) {
        List<CaseResult> results = new ArrayList<>();
        List<Supplier<ScalePaging>> stores = settings.scaleStores().isEmpty()
                ? List.of(() -> ScalePaging.start(directory, settings.scaleAwards(), settings.deepPage()))
                : settings.scaleStores().stream().<Supplier<ScalePaging>>map(url -> () -> ScalePaging.on(directory,
                        url, settings.deepPage())).toList();
        for (Supplier<ScalePaging> store : stores) {
            try (ScalePaging scale = store.get()) {
                CaseResult result = new Alternation(settings.connections(), settings.warmUp(), settings.round(),
                        settings.rounds()).measure(scale.httpCase());
                results.add(result);
                out.println(result.report());
            }
        }
        return results;
    }

    /**
     * A recipient's list on the large store against the small one, compared by p99: on the stores given, or on two
     * tiny H2 files in a smoke run; a real run without stores skips it (filling 10,000,000 awards is a run of its own).
     */
    private static Optional<CaseResult> recipientCase(Settings settings, Path directory, PrintStream out) {
        List<String> stores = settings.recipientStores();
        if (stores.isEmpty() && !settings.isSmoke()) {
            out.println("a recipient's list, large store against small: skipped, give --recipients-on LARGE,SMALL"
                    + " (docs/performance.md)");
            return Optional.empty();
        }
        try (RecipientScale scale = stores.isEmpty() ? RecipientScale.filled(directory, SMOKE_LARGE, SMOKE_SMALL)
                : RecipientScale.on(directory, stores.get(0), stores.get(1))) {
            CaseResult result = new Alternation(settings.connections(), settings.warmUp(), settings.round(),
                    settings.rounds()).measure(scale.httpCase());
            out.println(result.report());
            out.printf(Locale.ROOT, "    p99 ratio A/B %.3f (target <= 1.5); p99 of each round, A: %s, B: %s%n",
                    result.p99Ratio(), p99s(result.measured()), p99s(result.baseline()));
            return Optional.of(result);
        }
    }

    private static String p99s(List<Round> rounds) {
        return rounds.stream().map(round -> String.format(Locale.ROOT, "%.2f ms",
                round.latencies().getValueAtPercentile(99) / 1_000.0)).toList().toString();
    }

    private static List<CaseResult> serverCases(Settings settings, Path directory, PrintStream out) {
        List<CaseResult> results = new ArrayList<>();
        try (AccoladeFixture accolade = AccoladeFixture.start(directory.resolve("accolade"))) {
            BenchIssuer issuer = accolade.issuer();
            long prototype = issuer.awardToReader(settings.awards());
            byte[] list = issuer.api().bytes(issuer.request(listPath()).build(), 200);
            long[] raw = issuer.anotherIssuerAndTemplate("raw");
            try (RawAwardInserts inserts = new RawAwardInserts(accolade.jdbcUrl(), raw[0], raw[1], prototype);
                    BareServer bare = BareServer.start(list, inserts);
                    StatementCounter statements = new StatementCounter(accolade.jdbcUrl())) {
                Alternation alternation = new Alternation(settings.connections(), settings.warmUp(),
                        settings.round(), settings.rounds());
                for (Map.Entry<String, HttpCase> named : cases(issuer, bare).entrySet()) {
                    if (!settings.runs(named.getKey())) {
                        continue;
                    }
                    HttpCase httpCase = named.getValue();
                    double perRequest = statements.perRequest(httpCase.measured(), COUNTED.get(named.getKey()));
                    long awardsBefore = inserts.rows("award");
                    CaseResult result = alternation.measure(httpCase);
                    results.add(result);
                    out.println(result.report());
                    out.printf("    award rows written during the case: %d%n", inserts.rows("award") - awardsBefore);
                    out.printf("    SQL statements per request of A (H2's count, commits included): %.1f%n",
                            perRequest);
                }
            }
        }
        return results;
    }

    private static Path directory(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** The list case's path: the recipient's achievements, one page of as many as it holds. */
    static String listPath() {
        return "/v1/achievements?recipient=" + BenchIssuer.RECIPIENT + "&page_size=100";
    }

    /** The server cases by name, in the order they run. */
    private static Map<String, HttpCase> cases(BenchIssuer accolade, BareServer bare) {
        JsonApi bareApi = new JsonApi(bare.base());
        HttpCase list = new HttpCase("a recipient's achievements (H2 file)",
                new HttpCase.Side("GET " + listPath(), n -> accolade.request(listPath()).build(), 200),
                new HttpCase.Side("GET " + BareServer.BYTES + " (the same bytes)",
                        n -> bareApi.request(BareServer.BYTES, null).build(), 200), ">= 0.5");
        HttpCase fresh = new HttpCase("award with a fresh idempotency key (H2 file)",
                new HttpCase.Side("POST /v1/templates/{id}/awards",
                        n -> accolade.awarding("email:fresh" + n + "@example.org", "fresh-" + n).build(), 201),
                new HttpCase.Side("POST " + BareServer.INSERTS + " (raw inserts, one tx)",
                        n -> bareApi.post(BareServer.INSERTS, null, Map.of("recipient", Map.of("email", "raw" + n
                                + "@example.org"))).header("Idempotency-Key", "raw-" + n).build(), 201), ">= 0.7");
        long replayed = accolade.api().data(accolade.awarding("email:replayed@example.org", "replayed").build(), 201)
                .path("id").asLong();
        HttpCase replay = new HttpCase("the same award replayed with its key",
                new HttpCase.Side("POST .../awards, Idempotency-Key: replayed",
                        n -> accolade.awarding("email:replayed@example.org", "replayed").build(), 201),
                new HttpCase.Side("GET /v1/awards/{id} of that award",
                        n -> accolade.request("/v1/awards/" + replayed).build(), 200), ">= 0.9, zero writes");
        HttpCase bulk = new HttpCase("bulk award to 1,000 recipients in one call",
                new HttpCase.Side("POST /v1/templates/{id}/awards/bulk (1,000)",
                        n -> accolade.bulkAwarding(emails("bulk" + n), "bulk-" + n).build(), 200),
                new HttpCase.Side("POST " + BareServer.BULK_INSERTS + " (1,000 raw inserts, one tx)",
                        n -> bareApi.post(BareServer.BULK_INSERTS, null, BenchIssuer.bulkBody(emails("raw" + n)))
                                .header("Idempotency-Key", "raw-bulk-" + n).build(), 200), ">= 0.5", 1);
        Map<String, HttpCase> cases = new LinkedHashMap<>();
        cases.put("list", list);
        cases.put("fresh", fresh);
        cases.put("replay", replay);
        cases.put("bulk", bulk);
        return cases;
    }

    private static List<String> emails(String prefix) {
        return IntStream.range(0, BULK).mapToObj(i -> prefix + "-" + i + "@example.org").toList();
    }
}
