package dev.accolade.adapter.in.rest.openbadges;

import static dev.accolade.adapter.in.rest.openbadges.PublicWeb.document;
import static dev.accolade.adapter.in.rest.openbadges.PublicWeb.get;
import static dev.accolade.adapter.in.rest.openbadges.PublicWeb.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.GrantFixture;
import dev.accolade.adapter.in.rest.GrantFixture.Issuer;
import dev.accolade.adapter.in.rest.GrantFixture.Member;
import dev.accolade.adapter.in.rest.TestServer.Reply;
import dev.accolade.domain.credential.RecipientHash;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The details of what is served, each as docs/open-badges.md states it: how members and handles are
 * hashed, the status list's caching, the VC-JWT's key without its private half, the credential's exact
 * contexts, expiry and subject type, and who may change an issuer's profile.
 */
class CredentialDetailsTest {

    private final GrantFixture fixture = GrantFixture.issuingCredentials();
    private final Issuer acme = fixture.issuer("acme");
    private final long template = fixture.template(acme, "Baker", true, false);

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void a_member_is_hashed_as_the_url_of_its_profile_in_both_versions() {
        Member bea = fixture.member("bea@example.org");
        JsonNode award = award("{\"member_id\":" + bea.id() + "}", "");

        String profile = fixture.publicUrl() + "/profiles/member%3A" + bea.id();

        assertHashedAsProfile(award, profile);
    }

    @Test
    void a_handle_is_hashed_as_the_url_of_its_profile_in_both_versions() {
        JsonNode award = award("{\"namespace\":\"minecraft\",\"handle\":\"steve\"}", "");
        String key = award.at("/recipient/key").asText();

        assertThat(key).isEqualTo("handle:minecraft/steve");
        assertHashedAsProfile(award, fixture.publicUrl() + "/profiles/"
                + URLEncoder.encode(key, StandardCharsets.UTF_8));
    }

    @Test
    void a_status_list_may_be_cached_for_a_minute_by_anyone() {
        JsonNode credential = document(award("{\"email\":\"ada@example.org\"}", "").at("/credentials/ob3_credential")
                .asText());

        HttpResponse<String> list = get(credential.at("/credentialStatus/statusListCredential").asText(),
                "application/ld+json");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Cache-Control")).contains("public, max-age=60");
        assertThat(list.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(json(list.body()).path("type").toString()).contains("BitstringStatusListCredential");
    }

    @Test
    void the_jwk_a_vc_jwt_names_holds_the_public_key_only() {
        String jwt = get(award("{\"email\":\"ada@example.org\"}", "").at("/credentials/ob3_credential").asText(),
                "application/vc+jwt").body();
        JsonNode header = json(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]),
                StandardCharsets.UTF_8));

        HttpResponse<String> served = get(header.path("kid").asText(), "application/jwk+json");
        JsonNode jwk = json(served.body());

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/jwk+json");
        assertThat(jwk.path("kty").asText()).isEqualTo("RSA");
        assertThat(jwk.path("n").asText()).isNotEmpty();
        assertThat(jwk.path("e").asText()).isNotEmpty();
        assertThat(names(jwk)).doesNotContainAnyElementsOf(List.of("d", "p", "q", "dp", "dq", "qi", "oth"));
    }

    @Test
    void a_credential_has_exactly_the_two_contexts_an_achievement_subject_and_its_award_s_expiry() {
        Instant expires = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        JsonNode expiring = award("{\"email\":\"ada@example.org\"}", ",\"expires_at\":\"" + expires + "\"");
        JsonNode lasting = award("{\"email\":\"bob@example.org\"}", "");

        JsonNode credential = document(expiring.at("/credentials/ob3_credential").asText());

        assertThat(credential.path("@context").toString()).isEqualTo("[\"https://www.w3.org/ns/credentials/v2\","
                + "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"]");
        assertThat(credential.path("validUntil").asText()).isEqualTo(expires.toString());
        assertThat(credential.at("/credentialSubject/type").toString()).contains("\"AchievementSubject\"");
        assertThat(document(expiring.at("/credentials/ob2_assertion").asText()).path("expires").asText())
                .isEqualTo(expires.toString());
        assertThat(document(lasting.at("/credentials/ob3_credential").asText()).has("validUntil")).isFalse();
    }

    @Test
    void the_member_who_owns_an_issuer_changes_its_profile_and_another_member_is_told_it_does_not_exist() {
        Member ada = fixture.member("ada@example.org");
        Member bob = fixture.member("bob@example.org");
        Reply created = fixture.server.post("/v1/issuers", ada.token(), "{\"slug\":\"adas\",\"name\":\"Ada's\"}");
        String path = "/v1/issuers/" + created.json().at("/data/id").asText();

        Reply byOwner = fixture.server.put(path, ada.token(), "{\"email\":\"badges@ada.example\"}");
        Reply byOther = fixture.server.put(path, bob.token(), "{\"email\":\"badges@bob.example\"}");

        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(byOwner.status()).as(byOwner.raw().body()).isEqualTo(200);
        assertThat(byOwner.json().at("/data/email").asText()).isEqualTo("badges@ada.example");
        assertThat(byOther.status()).isEqualTo(404);
        assertThat(byOther.json().path("code").asText()).isEqualTo("issuer_not_found");
        assertThat(fixture.server.get(path, ada.token()).json().at("/data/email").asText())
                .isEqualTo("badges@ada.example");
    }

    private void assertHashedAsProfile(JsonNode award, String profile) {
        JsonNode recipient = document(award.at("/credentials/ob2_assertion").asText()).path("recipient");
        JsonNode identifier = document(award.at("/credentials/ob3_credential").asText())
                .at("/credentialSubject/identifier/0");

        assertThat(recipient.path("type").asText()).isEqualTo("url");
        assertThat(recipient.path("hashed").asBoolean()).isTrue();
        assertThat(recipient.path("identity").asText())
                .isEqualTo(RecipientHash.of(profile, recipient.path("salt").asText()));
        assertThat(identifier.path("identityType").asText()).isEqualTo("systemId");
        assertThat(identifier.path("hashed").asBoolean()).isTrue();
        assertThat(identifier.path("identityHash").asText())
                .isEqualTo(RecipientHash.of(profile, identifier.path("salt").asText()));
    }

    /** Awards the template to the recipient with more attributes (each after a comma) and returns the award. */
    private JsonNode award(String recipient, String more) {
        Reply reply = fixture.server.post("/v1/templates/" + template + "/awards", acme.key(),
                "{\"recipient\":" + recipient + more + "}");
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
        return reply.json().path("data");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
