package dev.accolade.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.bootstrap.CliContext;
import dev.accolade.bootstrap.CliOutput;
import dev.accolade.bootstrap.Configuration;
import dev.accolade.bootstrap.Flags;
import dev.accolade.bootstrap.Main;
import dev.accolade.bootstrap.Server;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** The command line and the server as the scale cases use them on a store filled before: in this JVM, quietly. */
final class AdminCommands {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** No user or password: an embedded H2 database has none by default, PostgreSQL's driver takes the OS user's. */
    private static final String USER = null;

    private AdminCommands() {
    }

    /** Runs a command of {@code accolade} in a working directory: what it printed, or a failure with its errors. */
    static String run(Path directory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new CliContext(AccoladeFixture.ENVIRONMENT, directory,
                new CliOutput(new PrintWriter(out, true), new PrintWriter(err, true))));
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", args[0], args[1]) + " failed: " + err);
        }
        return out.toString();
    }

    /** The JSON a command printed. */
    static JsonNode json(String printed) {
        try {
            return JSON.readTree(printed);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** A new API key for the issuer of that slug in the store ({@code admin create-key}): its secret. */
    static String newKey(Path directory, String slug, String jdbcUrl) {
        return json(run(directory, "admin", "create-key", "--issuer", slug, "--label", "benchmarks", "--database",
                jdbcUrl)).path("secret").asText();
    }

    /** A plain JDBC connection to the store, for the cases' own reads of what the generator wrote. */
    static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, USER, USER);
    }

    /** The server on the store, on a free port of the loopback address, its output discarded. */
    static Server serve(String jdbcUrl) {
        Configuration configuration = Configuration.resolve(new Flags(0, "127.0.0.1", jdbcUrl, USER, USER, false),
                AccoladeFixture.ENVIRONMENT, new Properties());
        StringWriter ignored = new StringWriter();
        return Server.start(configuration, new CliOutput(new PrintWriter(ignored, true),
                new PrintWriter(ignored, true)));
    }
}
