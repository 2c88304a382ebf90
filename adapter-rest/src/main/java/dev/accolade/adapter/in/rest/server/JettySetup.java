package dev.accolade.adapter.in.rest.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.adapter.in.rest.Deadlines;
import dev.accolade.adapter.in.rest.dialect.Failures;
import io.javalin.config.JettyConfig;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * What Accolade asks of Jetty beneath Javalin: one HTTP/1.1 connector with the {@link Deadlines}, stopping
 * that drains the requests in flight, and JSON for every failure Jetty answers itself.
 */
public final class JettySetup {

    private final Deadlines deadlines;
    private final Failures failures;
    private final ObjectMapper mapper;

    /** A setup with these deadlines, whose error pages take the shapes of these failures' dialects. */
    public JettySetup(Deadlines deadlines, Failures failures, ObjectMapper mapper) {
        this.deadlines = deadlines;
        this.failures = failures;
        this.mapper = mapper;
    }

    /** Applies the setup to a Javalin server being configured to listen on this host and port. */
    public void apply(JettyConfig jetty, String host, int port) {
        jetty.addConnector((server, http) -> {
            http.setIdleTimeout(deadlines.idle().toMillis());
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(host);
            connector.setPort(port);
            connector.setIdleTimeout(deadlines.idle().toMillis());
            connector.setShutdownIdleTimeout(deadlines.idle().toMillis());
            connector.addEventListener(new ConnectionWatch(connector, deadlines));
            return connector;
        });
        jetty.modifyServer(this::drainAndAnswerInJson);
    }

    /**
     * Jetty stops abruptly unless a stop timeout is set: with one, stopping first shuts down every graceful
     * component, waiting up to the timeout. The connector's shutdown closes the listening socket, so new
     * connections are refused; the draining handler completes once the requests it tracks are done.
     */
    private void drainAndAnswerInJson(Server server) {
        server.setStopTimeout(deadlines.drainTimeout().toMillis());
        server.insertHandler(new DrainingHandler());
        server.setErrorHandler(new JsonErrorPages(failures::dialectFor, mapper));
    }
}
