package dev.accolade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.RestServer;
import dev.accolade.adapter.in.rest.RestSettings;
import dev.accolade.adapter.out.jdbc.JdbcSettings;
import dev.accolade.adapter.out.jdbc.JdbcStore;
import dev.accolade.application.Accolade;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /health} says whether the database answers: 200 while it does, 503 once it does not. */
class HealthTest {

    @TempDir
    Path directory;

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void health_reports_the_database_ready_and_then_unavailable_once_its_pool_is_closed() throws Exception {
        JdbcStore store = JdbcStore.open(JdbcSettings.of("jdbc:h2:file:" + directory.resolve("accolade")));
        Accolade accolade = Accolade.builder().store(store).build();
        try (RestServer server = RestServer.start(accolade,
                new RestSettings("127.0.0.1", 0, "a-token-of-sixteen-or-more"))) {
            URI health = URI.create("http://127.0.0.1:" + server.port() + "/health");

            HttpResponse<String> ready = get(health);
            store.close();
            HttpResponse<String> unavailable = get(health);

            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("\"database\":\"ready\"");
            assertThat(unavailable.statusCode()).isEqualTo(503);
            assertThat(unavailable.body()).contains("\"database\":\"unavailable\"");
        }
    }
}
