package dev.accolade.benchmarks;

import dev.accolade.bootstrap.CliOutput;
import dev.accolade.bootstrap.Configuration;
import dev.accolade.bootstrap.Flags;
import dev.accolade.bootstrap.Server;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The real server in this JVM on an H2 file, as the launcher starts it but with rate limits off, holding the
 * benchmarks' issuer.
 */
final class AccoladeFixture implements AutoCloseable {

    /** The operator's token of every server the benchmarks start. */
    static final String ADMIN = "an-admin-token-for-benchmarks";
    /** The settings every server the benchmarks start is given: the admin token and no rate limits. */
    static final Map<String, String> ENVIRONMENT = Map.of("ACCOLADE_ADMIN_TOKEN", ADMIN, "ACCOLADE_RATE_KEY", "0",
            "ACCOLADE_RATE_ADDRESS", "0");
    /** No user or password, as an embedded H2 database has by default. */
    private static final String H2_USER = null;

    private final Server server;
    private final String jdbcUrl;
    private final BenchIssuer issuer;

    private AccoladeFixture(Server server, String jdbcUrl) {
        this.server = server;
        this.jdbcUrl = jdbcUrl;
        this.issuer = BenchIssuer.create(new JsonApi("http://127.0.0.1:" + server.port()), ADMIN);
    }

    /** Starts the server on a new H2 file database in the directory. */
    static AccoladeFixture start(Path directory) {
        String jdbcUrl = "jdbc:h2:file:" + directory.resolve("accolade").toAbsolutePath();
        Configuration configuration = Configuration.resolve(new Flags(0, "127.0.0.1", jdbcUrl, H2_USER, H2_USER, false),
                ENVIRONMENT, new Properties());
        StringWriter ignored = new StringWriter();
        Server server = Server.start(configuration,
                new CliOutput(new PrintWriter(ignored, true), new PrintWriter(ignored, true)));
        return new AccoladeFixture(server, jdbcUrl);
    }

    /** The benchmarks' issuer in this server's store. */
    BenchIssuer issuer() {
        return issuer;
    }

    /** The database the server writes. */
    String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public void close() {
        server.close();
    }
}
