package dev.accolade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.adapter.in.rest.RateLimits;
import dev.accolade.adapter.in.rest.limit.AddressBlock;
import dev.accolade.adapter.in.rest.limit.Rate;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The rate limits come from the environment, then the file, then the defaults, which are on; a bad value is
 * refused naming its setting; a server started from the configuration applies them.
 */
class RateLimitSettingsTest {

    private static RateLimits resolve(Map<String, String> environment, Properties file) {
        return Configuration.resolve(Flags.none(), environment, file).rateLimits();
    }

    private static Properties file(String key, String value) {
        Properties file = new Properties();
        file.setProperty(key, value);
        return file;
    }

    @Test
    void unset_limits_are_the_documented_defaults_and_on() {
        RateLimits limits = resolve(Map.of(), new Properties());

        assertThat(limits).isEqualTo(new RateLimits(new Rate(50, 100), new Rate(10, 20), List.of()));
        assertThat(limits.perCredential().off()).isFalse();
        assertThat(limits.perAddress().off()).isFalse();
    }

    @Test
    void the_environment_sets_each_limit_and_the_trusted_proxies() {
        RateLimits limits = resolve(Map.of("ACCOLADE_RATE_KEY", "200/400", "ACCOLADE_RATE_ADDRESS", "0",
                "ACCOLADE_TRUSTED_PROXIES", "10.0.0.0/8, 192.0.2.1,"), new Properties());

        assertThat(limits).isEqualTo(new RateLimits(new Rate(200, 400), Rate.OFF,
                List.of(AddressBlock.parse("10.0.0.0/8"), AddressBlock.parse("192.0.2.1"))));
    }

    @Test
    void the_environment_beats_the_file_which_beats_the_default() {
        assertThat(resolve(Map.of("ACCOLADE_RATE_ADDRESS", "5"), file("rate.address", "7")).perAddress())
                .isEqualTo(new Rate(5, 10));
        assertThat(resolve(Map.of(), file("rate.address", "7/7")).perAddress()).isEqualTo(new Rate(7, 7));
        assertThat(resolve(Map.of(), file("rate.key", "0")).perCredential()).isEqualTo(Rate.OFF);
        assertThat(resolve(Map.of(), file("trusted.proxies", "fd00::/8")).trustedProxies())
                .containsExactly(AddressBlock.parse("fd00::/8"));
    }

    @Test
    void a_value_that_is_no_rate_or_no_address_is_refused_naming_the_setting() {
        assertThatThrownBy(() -> resolve(Map.of("ACCOLADE_RATE_KEY", "fast"), new Properties()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("ACCOLADE_RATE_KEY")
                .hasMessageContaining("'fast'");
        assertThatThrownBy(() -> resolve(Map.of(), file("rate.address", "10/0")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("rate.address");
        assertThatThrownBy(() -> resolve(Map.of("ACCOLADE_TRUSTED_PROXIES", "proxy.example.org"), new Properties()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("ACCOLADE_TRUSTED_PROXIES")
                .hasMessageContaining("'proxy.example.org'");
    }

    @Test
    void a_server_started_from_the_configuration_limits_requests_and_never_its_health() throws Exception {
        Configuration configuration = Configuration.resolve(new Flags(0, "127.0.0.1", "memory", null, null, null),
                Map.of("ACCOLADE_ADMIN_TOKEN", "a-token-of-sixteen-or-more", "ACCOLADE_RATE_ADDRESS", "0.001/2"),
                new Properties());
        HttpClient http = HttpClient.newHttpClient();
        try (Server server = Server.start(configuration, new CliOutput(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())))) {
            URI openApi = URI.create("http://127.0.0.1:" + server.port() + "/openapi.json");
            URI health = URI.create("http://127.0.0.1:" + server.port() + "/health");

            assertThat(get(http, openApi).statusCode()).isEqualTo(200);
            assertThat(get(http, openApi).statusCode()).isEqualTo(200);
            HttpResponse<String> refused = get(http, openApi);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("1000");
            assertThat(get(http, health).statusCode()).isEqualTo(200);
        }
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
