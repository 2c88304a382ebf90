package dev.accolade.bootstrap;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.Accolade;
import dev.accolade.application.gameserver.CreateGameServerCommand;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerSlug;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code accolade admin create-server}: registers a game server of an issuer, printed with its key as JSON. */
@Command(name = "create-server", sortOptions = false,
        description = {"Register a Minecraft server of an issuer and print it, with its key, as JSON.",
            "With H2 (the default), stop the server first: an H2 database file is open in one process at a"
                + " time."})
public final class AdminCreateServerCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--issuer", required = true, paramLabel = "SLUG", description = "The issuer's slug.")
    private String issuer;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The server's name.")
    private String name;

    @Option(names = "--time-zone", required = true, paramLabel = "ZONE",
            description = "The time zone the server's log is written in, such as America/Chicago or UTC.")
    private String timeZone;

    @Mixin
    private DatabaseOptions database;

    @Mixin
    private HelpOption help;

    /** The command, seeing the world through this context. */
    public AdminCreateServerCommand(CliContext context) {
        this.context = requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        Configuration configuration = database.configuration(context);
        try (OpenStore store = OpenStore.open(configuration)) {
            Accolade accolade = store.accolade(configuration.settings());
            Issuer owner = accolade.issuers().getIssuerBySlug(new IssuerSlug(issuer));
            context.output().result(GameServerOutput.from(accolade.gameServers().createGameServer(
                    new CreateGameServerCommand(Actor.operator(), owner.id(), name, timeZone))));
        }
        return 0;
    }
}
