package dev.accolade.bootstrap;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.Accolade;
import dev.accolade.application.gameserver.GameServerQuery;
import dev.accolade.application.gameserver.IngestionResult;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.gameserver.GameServer;
import dev.accolade.domain.gameserver.ServerKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code accolade ingest}: reads a Minecraft server's log files, plain or gzipped, into awards, each
 * line once; with {@code --follow}, tails a live {@code latest.log} across the server's rotations.
 */
@Command(name = "ingest", sortOptions = false,
        description = {"Read a Minecraft server's log files (plain or .gz) and award the achievements they announce;"
                + " a line read before gives nothing. Prints one JSON result per file; progress goes to standard"
                + " error.",
            "Time-only lines take their date from the file's name (2023-05-01-1.log.gz), else the day of"
                + " ingestion in the server's time zone.",
            "With H2 (the default), stop the server first, or use PostgreSQL to run both at once."})
public final class IngestCommand implements Callable<Integer> {

    /** How many lines pass between two progress notices. */
    static final int PROGRESS_EVERY = 10_000;
    private static final Duration POLL = Duration.ofMillis(500);

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--server", required = true, paramLabel = "KEY", description = "The server's key.")
    private String server;

    @Option(names = "--follow",
            description = "Tail one live log (latest.log) and keep reading it across rotations until stopped.")
    private boolean follow;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The log files, in the order they were written.")
    private List<Path> files;

    @Mixin
    private DatabaseOptions database;

    @Mixin
    private HelpOption help;

    /** The command, seeing the world through this context. */
    public IngestCommand(CliContext context) {
        this.context = requireNonNull(context, "context");
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (follow && files.size() != 1) {
            throw new ParameterException(spec.commandLine(), "--follow tails exactly one file, such as latest.log.");
        }
        Configuration configuration = database.configuration(context);
        try (OpenStore store = OpenStore.open(configuration)) {
            Accolade accolade = store.accolade(configuration.settings());
            GameServer target = accolade.gameServers().getGameServer(new GameServerQuery(Actor.operator(),
                    new ServerKey(server)));
            if (follow) {
                follow(accolade, target, resolved(files.get(0)));
            } else {
                for (Path file : files) {
                    if (!Files.isRegularFile(resolved(file))) {
                        throw new CliFailure("file_not_found", "No log file " + file + ".");
                    }
                }
                for (Path file : files) {
                    context.output().result(IngestionOutput.of(file.toString(), read(accolade, target,
                            resolved(file))));
                }
            }
        }
        return 0;
    }

    private Path resolved(Path file) {
        return context.workingDirectory().resolve(file);
    }

    private IngestionResult read(Accolade accolade, GameServer target, Path file) throws IOException {
        LogBatcher batcher = new LogBatcher(accolade.logIngestion(), target,
                LogFiles.startDate(file, LogFiles.today(target.zone())));
        try (BufferedReader lines = LogFiles.open(file)) {
            long count = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                batcher.add(line);
                if (++count % PROGRESS_EVERY == 0) {
                    batcher.flush();
                    context.output().err().println("ingest " + file.getFileName() + ": " + count + " lines read, "
                            + batcher.total().awards() + " awards");
                    context.output().err().flush();
                }
            }
        }
        batcher.flush();
        return batcher.total();
    }

    private void follow(Accolade accolade, GameServer target, Path file) throws IOException, InterruptedException {
        if (!Files.isDirectory(file.toAbsolutePath().getParent())) {
            throw new CliFailure("file_not_found", "No directory " + file.toAbsolutePath().getParent() + " to follow"
                    + " a log in.");
        }
        new LogFollower(file, () -> new LogBatcher(accolade.logIngestion(), target, LogFiles.today(target.zone())),
                POLL,
                result -> context.output().result(IngestionOutput.of(file.toString(), result)))
                .follow(() -> Thread.currentThread().isInterrupted());
    }
}
