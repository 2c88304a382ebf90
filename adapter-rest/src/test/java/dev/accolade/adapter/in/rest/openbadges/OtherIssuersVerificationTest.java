package dev.accolade.adapter.in.rest.openbadges;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.GrantFixture;
import dev.accolade.adapter.in.rest.TestServer.Reply;
import dev.accolade.adapter.out.http.AddressPolicy;
import dev.accolade.adapter.out.http.Cidr;
import dev.accolade.adapter.out.http.HttpRemoteDocuments;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/verifications} against credentials another issuer made: a running Accolade server
 * fetches the other issuer's documents from its own web server over real HTTP. The server wires its
 * remote documents with a strict address policy; here the same {@link HttpRemoteDocuments} is given an
 * allow-list of 127.0.0.1 so that it reaches the other issuer's server on this machine.
 */
class OtherIssuersVerificationTest {

    private OtherIssuer guild;
    private GrantFixture accolade;

    @BeforeEach
    void start() {
        guild = OtherIssuer.start();
        accolade = GrantFixture.issuingCredentials(new HttpRemoteDocuments(
                new AddressPolicy(List.of(Cidr.parse("127.0.0.1/32")))));
    }

    @AfterEach
    void stop() {
        accolade.close();
        guild.close();
    }

    @Test
    void a_hosted_assertion_of_another_issuer_verifies_by_its_url() {
        String url = guild.hostAssertion("1", Optional.empty());

        JsonNode report = verify("{\"url\":\"" + url + "\"}");

        assertThat(report.path("verdict").asText()).as(report.toString()).isEqualTo("verified");
        assertThat(report.path("format").asText()).isEqualTo("ob2");
        assertThat(report.path("issuer").asText()).isEqualTo(guild.base() + "/ob2/issuer");
        assertThat(passed(report)).contains("hosted", "badge", "issuer", "origin", "revocation", "expiry");
    }

    @Test
    void an_assertion_changed_by_one_character_is_tampered_and_a_revoked_one_revoked() {
        String url = guild.hostAssertion("2", Optional.empty());
        String changed = guild.hosted(url).replace("\"pepper\"", "\"peppes\"");

        assertThat(verify(changed).path("verdict").asText()).isEqualTo("tampered");
        assertThat(verify(guild.hosted(url)).path("verdict").asText()).isEqualTo("verified");

        guild.revokeAssertion(url);

        assertThat(verify("{\"url\":\"" + url + "\"}").path("verdict").asText()).isEqualTo("revoked");
    }

    @Test
    void an_assertion_past_its_expiry_has_expired() {
        String url = guild.hostAssertion("3", Optional.of(Instant.now().minus(Duration.ofHours(1))
                .truncatedTo(ChronoUnit.SECONDS)));

        assertThat(verify("{\"url\":\"" + url + "\"}").path("verdict").asText()).isEqualTo("expired");
    }

    @Test
    void a_credential_signed_eddsa_rdfc_2022_by_another_issuer_verifies_with_the_key_of_its_controller_document() {
        String credential = guild.credential();

        JsonNode report = verify("{\"credential\":" + credential + "}");

        assertThat(report.path("verdict").asText()).as(report.toString()).isEqualTo("verified");
        assertThat(report.path("format").asText()).isEqualTo("ob3");
        assertThat(report.path("issuer").asText()).isEqualTo(guild.base() + "/issuer");
        assertThat(passed(report)).contains("key", "proof", "subject", "validity", "status");
        assertThat(verify(credential).path("verdict").asText()).as("posted as JSON-LD").isEqualTo("verified");
        assertThat(verify("{\"url\":\"" + guild.base() + "/credentials/7\"}").path("verdict").asText())
                .isEqualTo("verified");
    }

    @Test
    void a_credential_changed_by_one_character_is_tampered() {
        String changed = guild.credential().replace("Sourdough Baker\",\"issuer", "Sourdough Bakes\",\"issuer");

        JsonNode report = verify("{\"credential\":" + changed + "}");

        assertThat(report.path("verdict").asText()).as(report.toString()).isEqualTo("tampered");
    }

    @Test
    void a_vc_jwt_of_another_issuer_verifies_and_a_changed_one_is_tampered() {
        String jwt = guild.jwt();
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String changed = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("Sourdough Baker", "Sourdough Bakes").getBytes()) + "." + parts[2];

        JsonNode report = verify("{\"jwt\":\"" + jwt + "\"}");

        assertThat(report.path("verdict").asText()).as(report.toString()).isEqualTo("verified");
        assertThat(report.path("format").asText()).isEqualTo("ob3-jwt");
        assertThat(verify("{\"jwt\":\"" + changed + "\"}").path("verdict").asText()).isEqualTo("tampered");
    }

    @Test
    void once_the_issuer_sets_its_bit_the_credential_and_its_jwt_are_revoked() {
        String credential = guild.credential();
        String jwt = guild.jwt();

        guild.revokeCredential();

        assertThat(verify("{\"credential\":" + credential + "}").path("verdict").asText()).isEqualTo("revoked");
        assertThat(verify("{\"jwt\":\"" + jwt + "\"}").path("verdict").asText()).isEqualTo("revoked");
    }

    @Test
    void without_its_issuers_documents_a_credential_is_unverifiable() {
        String credential = guild.credential();
        String url = guild.hostAssertion("4", Optional.empty());

        guild.takeDown("/issuer");
        guild.takeDown("/ob2/issuer");

        JsonNode report = verify("{\"credential\":" + credential + "}");
        assertThat(report.path("verdict").asText()).isEqualTo("unverifiable");
        assertThat(report.path("checks").toString()).contains("could not be fetched");
        assertThat(verify("{\"url\":\"" + url + "\"}").path("verdict").asText()).isEqualTo("unverifiable");
        assertThat(verify("{\"url\":\"" + guild.base() + "/no/such/assertion\"}").path("verdict").asText())
                .isEqualTo("unverifiable");
    }

    private JsonNode verify(String body) {
        Reply reply = accolade.server.post("/v1/verifications", null, body);
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        return reply.json().path("data");
    }

    private static List<String> passed(JsonNode report) {
        List<String> names = new ArrayList<>();
        report.path("checks").forEach(check -> {
            if (check.path("passed").asBoolean()) {
                names.add(check.path("name").asText());
            }
        });
        return names;
    }
}
