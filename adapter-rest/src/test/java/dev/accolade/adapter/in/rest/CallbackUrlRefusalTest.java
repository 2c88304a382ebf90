package dev.accolade.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.GrantFixture.Issuer;
import dev.accolade.adapter.in.rest.TestServer.Reply;
import dev.accolade.adapter.out.http.AddressPolicy;
import dev.accolade.adapter.out.http.FetchLimits;
import dev.accolade.adapter.out.http.HostResolver;
import dev.accolade.adapter.out.http.HttpCallbackSender;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The native API with the real callback sender and an empty allow-list: an award whose callback URL, or a
 * webhook endpoint whose URL, the outbound guard refuses is a 422 with the refusal's code, and nothing is
 * stored; names resolve from a small table, not from DNS.
 */
class CallbackUrlRefusalTest {

    /** Names and what they resolve to; every other name does not resolve. */
    private static final HostResolver TABLE = host -> switch (host) {
        case "receiver.example" -> List.of(InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 215, 14}));
        case "intranet.example" -> List.of(InetAddress.getByAddress(host, new byte[] {10, 0, 0, 1}));
        case "localhost" -> List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
        default -> throw new UnknownHostException(host);
    };

    private static final String ADA = "{\"email\":\"ada@example.org\"}";

    private GrantFixture fixture;
    private Issuer acme;
    private long optIn;

    @BeforeEach
    void start() {
        fixture = new GrantFixture(new HttpCallbackSender(AddressPolicy.strict(), TABLE, FetchLimits.DEFAULT,
                (SSLSocketFactory) SSLSocketFactory.getDefault()));
        acme = fixture.issuer("acme");
        optIn = fixture.template(acme, "Opt In", false, true);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "http://127.0.0.1/hook | url_address_refused",
        "http://169.254.169.254/latest | url_address_refused",
        "http://0x7f000001/ | url_address_refused",
        "http://2130706433/hook | url_address_refused",
        "http://[::1]/hook | url_address_refused",
        "http://[::ffff:127.0.0.1]/hook | url_address_refused",
        "http://192.168.0.1/hook | url_address_refused",
        "http://metadata.google.internal/computeMetadata/v1/ | url_address_refused",
        "http://localhost:8080/hook | url_address_refused",
        "https://intranet.example/hook | url_address_refused",
        "https://nowhere.example/hook | url_unreachable",
        "ftp://example.com/x | callback_url_invalid",
        "http://user:secret@receiver.example/hook | callback_url_invalid"})
    void an_award_whose_callback_url_is_refused_is_unprocessable_and_stores_no_offer(String url, String code) {
        String offersBefore = offersOfAcme();

        Reply reply = awardWithCallback(url);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("code").asText()).isEqualTo(code);
        assertThat(offersOfAcme()).isEqualTo(offersBefore).contains("\"data\":[]");
    }

    @Test
    void an_award_whose_callback_url_names_a_public_host_is_offered_with_its_callback() {
        Reply reply = awardWithCallback("https://receiver.example/hook");

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.json().at("/data/callback_url").asText()).isEqualTo("https://receiver.example/hook");
        assertThat(offersOfAcme()).contains("\"id\":" + reply.json().at("/data/id").asLong());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "http://127.0.0.1/hook | url_address_refused",
        "http://169.254.169.254/latest | url_address_refused",
        "http://0x7f000001/ | url_address_refused",
        "http://[::ffff:127.0.0.1]/hook | url_address_refused",
        "http://metadata.google.internal/computeMetadata/v1/ | url_address_refused",
        "https://intranet.example/hook | url_address_refused",
        "https://nowhere.example/hook | url_unreachable",
        "ftp://example.com/x | url_invalid"})
    void a_webhook_whose_url_is_refused_is_unprocessable_and_stores_no_endpoint(String url, String code) {
        Reply reply = fixture.server.post(webhooksOfAcme(), acme.key(),
                "{\"url\":\"" + url + "\",\"events\":[\"award.granted\"]}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("code").asText()).isEqualTo(code);
        assertThat(fixture.server.get(webhooksOfAcme(), acme.key()).json().path("data")).isEmpty();
    }

    @Test
    void a_webhook_on_a_public_host_is_registered() {
        Reply reply = fixture.server.post(webhooksOfAcme(), acme.key(),
                "{\"url\":\"https://receiver.example/hooks\",\"events\":[\"award.granted\"]}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(fixture.server.get(webhooksOfAcme(), acme.key()).json().at("/data/0/url").asText())
                .isEqualTo("https://receiver.example/hooks");
    }

    private String webhooksOfAcme() {
        return "/v1/issuers/" + acme.id() + "/webhooks";
    }

    private Reply awardWithCallback(String url) {
        return fixture.server.post("/v1/templates/" + optIn + "/awards", acme.key(),
                "{\"recipient\":" + ADA + ",\"callback_url\":\"" + url + "\"}");
    }

    private String offersOfAcme() {
        return fixture.server.get("/v1/issuers/" + acme.id() + "/offers", acme.key()).raw().body();
    }
}
