package dev.accolade.bootstrap;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.Accolade;
import dev.accolade.application.issuer.CreateApiKeyCommand;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerSlug;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code accolade admin create-key}: creates another API key for an issuer, printed as JSON. */
@Command(name = "create-key", sortOptions = false,
        description = {"Create an API key for an issuer and print it as JSON; the secret is shown only this once.",
            "With H2 (the default), stop the server first: an H2 database file is open in one process at a"
                + " time."})
public final class AdminCreateKeyCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--issuer", required = true, paramLabel = "SLUG", description = "The issuer's slug.")
    private String issuer;

    @Option(names = "--label", paramLabel = "LABEL", description = "A note to tell the issuer's keys apart.")
    private String label;

    @Mixin
    private DatabaseOptions database;

    @Mixin
    private HelpOption help;

    /** The command, seeing the world through this context. */
    public AdminCreateKeyCommand(CliContext context) {
        this.context = requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        Configuration configuration = database.configuration(context);
        try (OpenStore store = OpenStore.open(configuration)) {
            Accolade accolade = store.accolade(configuration.settings());
            Issuer owner = accolade.issuers().getIssuerBySlug(new IssuerSlug(issuer));
            context.output().result(ApiKeyOutput.from(
                    accolade.apiKeys().createApiKey(new CreateApiKeyCommand(Actor.operator(), owner.id(), label))));
        }
        return 0;
    }
}
