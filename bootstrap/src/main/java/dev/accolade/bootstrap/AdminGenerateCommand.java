package dev.accolade.bootstrap;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.out.jdbc.AwardLoader;
import dev.accolade.adapter.out.jdbc.JdbcStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code accolade admin generate}: fills a database with realistic issuers, templates and awards, quickly. */
@Command(name = "generate", sortOptions = false,
        description = {"Fill a database with realistic data for trying Accolade at scale: issuers with an API key"
                + " each, published templates, and awards to named recipients spread over the last year, written"
                + " in raw batches. Prints the issuers and their keys as JSON; the secrets are shown only this"
                + " once. Progress goes to standard error.",
            "With H2 (the default), stop the server first: an H2 database file is open in one process at a"
                + " time."})
public final class AdminGenerateCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--awards", required = true, paramLabel = "N", description = "The awards to write, in all.")
    private long awards;

    @Option(names = "--issuers", paramLabel = "I", defaultValue = "1",
            description = "The issuers to make (default: ${DEFAULT-VALUE}).")
    private int issuers;

    @Option(names = "--templates", paramLabel = "T", defaultValue = "5",
            description = "The published templates of each issuer (default: ${DEFAULT-VALUE}).")
    private int templates;

    @Option(names = "--recipients", paramLabel = "R",
            description = "The distinct recipients the awards go to (default: one for every five awards).")
    private Integer recipients;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "42",
            description = "Where the random choices start, for the same shape again (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Mixin
    private DatabaseOptions database;

    @Mixin
    private HelpOption help;

    /** The command, seeing the world through this context. */
    public AdminGenerateCommand(CliContext context) {
        this.context = requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        int people = recipients != null ? recipients : (int) Math.min(Integer.MAX_VALUE, Math.max(1, awards / 5));
        GenerationPlan plan = new GenerationPlan(awards, issuers, templates, people, seed);
        Configuration configuration = database.configuration(context);
        try (OpenStore store = OpenStore.open(configuration)) {
            if (!(store.ports() instanceof JdbcStore jdbc)) {
                throw new CliFailure("generate_needs_database", "admin generate writes to a database: give an H2"
                        + " or PostgreSQL JDBC URL, not 'memory'.");
            }
            DataGenerator generator = new DataGenerator(store.accolade(configuration.settings()), AwardLoader.on(jdbc),
                    written -> {
                        context.output().err().println("generate: " + written + " of " + awards + " awards written");
                        context.output().err().flush();
                    });
            context.output().result(generator.generate(plan));
        }
        return 0;
    }
}
