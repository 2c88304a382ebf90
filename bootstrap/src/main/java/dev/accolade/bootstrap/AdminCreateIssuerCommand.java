package dev.accolade.bootstrap;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.Accolade;
import dev.accolade.application.issuer.CreateApiKeyCommand;
import dev.accolade.application.issuer.CreateIssuerCommand;
import dev.accolade.application.issuer.IssuerProfileInput;
import dev.accolade.application.issuer.CreatedApiKey;
import dev.accolade.application.port.in.Actor;
import dev.accolade.domain.issuer.Issuer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code accolade admin create-issuer}: creates an issuer and its first API key, printed as JSON. */
@Command(name = "create-issuer", sortOptions = false,
        description = {"Create an issuer and its first API key, and print both as JSON; the key's secret is"
                + " shown only this once.",
            "With H2 (the default), stop the server first: an H2 database file is open in one process at a"
                + " time."})
public final class AdminCreateIssuerCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--slug", required = true, paramLabel = "SLUG",
            description = "The issuer's unique URL-safe name: lower-case letters, digits, '-' and '_'.")
    private String slug;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The issuer's display name.")
    private String name;

    @Option(names = "--url", paramLabel = "URL",
            description = "The issuer's own web site, which Open Badges profiles publish (http or https).")
    private String url;

    @Option(names = "--email", paramLabel = "EMAIL",
            description = "Where to write to the issuer, which Open Badges 2.0 profiles require.")
    private String email;

    @Option(names = "--image", paramLabel = "URL", description = "The issuer's logo, by URL (http or https).")
    private String image;

    @Option(names = "--description", paramLabel = "TEXT", description = "What the issuer says of itself.")
    private String description;

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "The zone its days, weeks and months are counted in, e.g. Europe/Berlin (default UTC).")
    private String timeZone;

    @Mixin
    private DatabaseOptions database;

    @Mixin
    private HelpOption help;

    /** The command, seeing the world through this context. */
    public AdminCreateIssuerCommand(CliContext context) {
        this.context = requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        Configuration configuration = database.configuration(context);
        try (OpenStore store = OpenStore.open(configuration)) {
            Accolade accolade = store.accolade(configuration.settings());
            Issuer issuer = accolade.issuers().createIssuer(new CreateIssuerCommand(Actor.operator(), slug, name,
                    new IssuerProfileInput(url, email, image, description, timeZone)));
            CreatedApiKey key = accolade.apiKeys().createApiKey(new CreateApiKeyCommand(Actor.operator(), issuer.id(),
                    null));
            context.output().result(new NewIssuerOutput(IssuerOutput.from(issuer), ApiKeyOutput.from(key)));
        }
        return 0;
    }
}
