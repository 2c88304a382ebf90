package dev.accolade.adapter.in.rest.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimDialect;
import dev.accolade.adapter.in.rest.dialect.Dialect;
import dev.accolade.adapter.in.rest.error.NativeDialect;
import dev.accolade.adapter.in.rest.server.RawHttp.Response;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Jetty's own 503 (a context that is not available, as while stopping) is JSON too: a bare Jetty whose
 * every request is refused that way, answered by the error pages the server installs.
 */
class JettyUnavailableTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Dialect acclaim = new AcclaimDialect();
    private final Server jetty = new Server();
    private ServerConnector connector;

    @BeforeEach
    void start() throws Exception {
        connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        jetty.addConnector(connector);
        jetty.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, org.eclipse.jetty.server.Response response, Callback callback) {
                org.eclipse.jetty.server.Response.writeError(request, response, callback, 503);
                return true;
            }
        });
        jetty.setErrorHandler(new JsonErrorPages(path -> acclaim.covers(path) ? acclaim : new NativeDialect(),
                new ObjectMapper()));
        jetty.start();
    }

    @AfterEach
    void stop() throws Exception {
        jetty.stop();
    }

    private Response get(String path) {
        try (RawHttp http = new RawHttp(connector.getLocalPort())) {
            return http.send("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n").response();
        }
    }

    @Test
    void a_503_is_the_native_json_error() throws Exception {
        Response response = get("/v1/issuers");

        assertThat(response.status()).isEqualTo(503);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("code").asText()).isEqualTo("unavailable");
        assertThat(body.path("message").asText()).contains("send it again");
    }

    @Test
    void a_503_under_a_dialect_takes_its_shape() throws Exception {
        Response response = get("/compat/acclaim/v1/organizations");

        assertThat(response.status()).isEqualTo(503);
        assertThat(JSON.readTree(response.body()).fieldNames()).toIterable().containsExactly("message");
    }
}
