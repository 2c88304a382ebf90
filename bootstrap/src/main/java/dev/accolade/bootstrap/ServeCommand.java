package dev.accolade.bootstrap;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code accolade serve}: runs the server until the process is told to stop (SIGTERM, SIGINT). */
@Command(name = "serve", sortOptions = false,
        description = {"Start the Accolade server and run until stopped (SIGTERM or Ctrl-C), letting requests in"
                + " flight finish.",
            "Options are read from flags, then ACCOLADE_* environment variables, then the configuration file."})
public final class ServeCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--port", paramLabel = "PORT",
            description = "The port to listen on, 0 for any free one (default: 8080; env ACCOLADE_PORT; file key"
                    + " port).")
    private Integer port;

    @Option(names = "--host", paramLabel = "HOST",
            description = "The address to bind (default: 0.0.0.0; env ACCOLADE_HOST; file key host).")
    private String host;

    @Option(names = "--sandbox", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "The specifications' sandbox: templates approved on creation, registrations confirmed"
                    + " at once. Never for production (default: false; env ACCOLADE_SANDBOX; file key sandbox).")
    private Boolean sandbox;

    @Option(names = "--fetch-allow", paramLabel = "CIDR,...",
            description = "Private addresses or blocks (10.0.0.0/8, 192.168.1.20, fd00::/8) that images and files"
                    + " named by URL may be downloaded from; every other private address is refused (default: none;"
                    + " env ACCOLADE_FETCH_ALLOW; file key fetch.allow).")
    private String fetchAllow;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The address clients reach the server at, such as https://badges.example.org: every"
                    + " credential's id derives from it (default: http://localhost:<port>; env ACCOLADE_PUBLIC_URL;"
                    + " file key public.url).")
    private String publicUrl;

    @Mixin
    private DatabaseOptions database;

    @Mixin
    private HelpOption help;

    /** The command, seeing the world through this context. */
    public ServeCommand(CliContext context) {
        this.context = requireNonNull(context, "context");
    }

    @Override
    public Integer call() throws InterruptedException {
        Configuration configuration = context.configuration(
                new Flags(port, host, database.database(), database.user(), database.password(), sandbox,
                        fetchAllow, publicUrl),
                database.config());
        Server server = Server.start(configuration, context.output());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "accolade-shutdown"));
        server.awaitStop();
        return 0;
    }
}
