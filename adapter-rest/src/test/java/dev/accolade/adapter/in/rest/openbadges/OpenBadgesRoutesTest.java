package dev.accolade.adapter.in.rest.openbadges;

import static dev.accolade.adapter.in.rest.openbadges.PublicWeb.get;
import static dev.accolade.adapter.in.rest.openbadges.PublicWeb.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.GrantFixture;
import dev.accolade.adapter.in.rest.GrantFixture.Issuer;
import dev.accolade.adapter.in.rest.TestServer;
import dev.accolade.adapter.in.rest.TestServer.Reply;
import dev.accolade.adapter.out.openbadges.BadgeImages;
import dev.accolade.adapter.out.openbadges.image.PngBaking;
import dev.accolade.domain.credential.RecipientHash;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every award a portable credential, over real HTTP: the links an award carries, the hosted Open Badges
 * 2.0 documents, the signed Open Badges 3.0 credential and its VC-JWT, baked images, revocation, key
 * rotation, and verifying all of it through {@code POST /v1/verifications} from public URLs alone.
 */
class OpenBadgesRoutesTest {

    private static final String ADA = "{\"email\":\"ada@example.org\"}";

    private GrantFixture fixture;
    private Issuer acme;
    private long template;

    @BeforeEach
    void start() {
        fixture = GrantFixture.issuingCredentials();
        acme = fixture.issuer("acme");
        template = fixture.template(acme, "Baker", true, false);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void an_award_links_its_credentials_under_the_public_url() {
        JsonNode links = award().path("credentials");

        assertThat(links.path("ob2_assertion").asText()).startsWith(fixture.publicUrl() + "/ob/v2/assertions/");
        assertThat(links.path("ob2_baked_png").asText()).isEqualTo(links.path("ob2_assertion").asText() + "/baked.png");
        assertThat(links.path("ob2_baked_svg").asText()).isEqualTo(links.path("ob2_assertion").asText() + "/baked.svg");
        assertThat(links.path("ob3_credential").asText()).startsWith(fixture.publicUrl() + "/ob/v3/credentials/");
        assertThat(links.path("ob3_baked_png").asText())
                .isEqualTo(links.path("ob3_credential").asText() + "/baked.png");
        assertThat(links.path("ob2_assertion").asText()).doesNotContain("/" + award().path("id").asText() + "/");
    }

    @Test
    void the_hosted_assertion_is_json_ld_at_its_own_id_with_a_hashed_recipient_and_its_badge_and_issuer_resolve() {
        String url = award().at("/credentials/ob2_assertion").asText();

        HttpResponse<String> response = get(url, "application/ld+json");
        JsonNode assertion = json(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(assertion.path("@context").asText()).isEqualTo("https://w3id.org/openbadges/v2");
        assertThat(assertion.path("id").asText()).isEqualTo(url);
        assertThat(assertion.path("type").asText()).isEqualTo("Assertion");
        assertThat(assertion.at("/verification/type").asText()).isEqualTo("hosted");
        assertThat(assertion.path("issuedOn").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        JsonNode recipient = assertion.path("recipient");
        assertThat(recipient.path("hashed").asBoolean()).isTrue();
        assertThat(recipient.path("type").asText()).isEqualTo("email");
        assertThat(recipient.path("identity").asText()).isEqualTo(RecipientHash.of("ada@example.org",
                recipient.path("salt").asText()));
        assertThat(response.body()).doesNotContain("ada@example.org");
        JsonNode badge = json(get(assertion.path("badge").asText(), "application/ld+json").body());
        assertThat(badge.path("type").asText()).isEqualTo("BadgeClass");
        assertThat(badge.path("name").asText()).isEqualTo("Baker");
        JsonNode issuer = json(get(badge.path("issuer").asText(), "application/ld+json").body());
        assertThat(issuer.path("type").asText()).isEqualTo("Issuer");
        assertThat(issuer.path("id").asText()).isEqualTo(badge.path("issuer").asText());
        assertThat(get(badge.path("image").asText(), "image/*").statusCode()).isEqualTo(200);
        assertThat(get(url, "application/json").headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/json");
    }

    @Test
    void the_credential_is_signed_json_ld_and_a_vc_jwt_when_asked_for_and_both_verify() {
        String url = award().at("/credentials/ob3_credential").asText();

        JsonNode credential = json(get(url, "application/ld+json").body());
        String jwt = get(url, "application/vc+jwt").body();

        assertThat(credential.path("type").toString()).contains("OpenBadgeCredential");
        assertThat(credential.at("/proof/cryptosuite").asText()).isEqualTo("eddsa-rdfc-2022");
        assertThat(credential.at("/proof/verificationMethod").asText())
                .isEqualTo(fixture.publicUrl() + "/ob/v3/issuers/acme#ed25519-1");
        assertThat(credential.at("/credentialStatus/type").asText()).isEqualTo("BitstringStatusListEntry");
        assertThat(jwt.split("\\.")).hasSize(3);
        JsonNode header = json(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[0])));
        assertThat(header.path("alg").asText()).isEqualTo("RS256");
        assertThat(json(get(header.path("kid").asText(), "application/json").body()).path("kty").asText())
                .isEqualTo("RSA");
        assertThat(verify("{\"credential\":" + credential + "}").path("verdict").asText()).isEqualTo("verified");
        assertThat(verify("{\"jwt\":\"" + jwt + "\"}").path("verdict").asText()).isEqualTo("verified");
        assertThat(verify("{\"url\":\"" + url + "\"}").path("verdict").asText()).isEqualTo("verified");
    }

    @Test
    void baked_images_carry_the_credential_and_verify_as_uploaded() {
        JsonNode links = award().path("credentials");
        byte[] ob2 = bytes(links.path("ob2_baked_png").asText());
        byte[] ob3 = bytes(links.path("ob3_baked_png").asText());

        assertThat(PngBaking.unbake(ob2, PngBaking.OPEN_BADGES_2).map(PublicWeb::json).orElseThrow()
                .path("id")
                .asText()).isEqualTo(links.path("ob2_assertion").asText());
        assertThat(PngBaking.unbake(ob3, PngBaking.OPEN_BADGES_3).orElseThrow()).contains("eddsa-rdfc-2022");
        assertThat(verifyBytes(ob2, "image/png").path("verdict").asText()).isEqualTo("verified");
        assertThat(verifyBytes(ob3, "image/png").path("verdict").asText()).isEqualTo("verified");
        assertThat(verifyBytes(get(links.path("ob2_baked_svg").asText(), "image/svg+xml").body().getBytes(),
                "image/svg+xml").path("verdict").asText()).isEqualTo("verified");
    }

    @Test
    void a_revoked_award_answers_410_for_its_assertion_and_its_credential_verifies_as_revoked() {
        JsonNode award = award();
        Reply revoked = fixture.server.post("/v1/awards/" + award.path("id").asText() + "/revocation", acme.key(),
                "{\"reason\":\"Awarded by mistake\"}");
        assertThat(revoked.status()).as(revoked.raw().body()).isEqualTo(200);

        HttpResponse<String> gone = get(award.at("/credentials/ob2_assertion").asText(), "application/ld+json");

        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(json(gone.body()).path("revoked").asBoolean()).isTrue();
        assertThat(json(gone.body()).path("revocationReason").asText()).isEqualTo("Awarded by mistake");
        String credential = get(award.at("/credentials/ob3_credential").asText(), "application/ld+json").body();
        assertThat(verify("{\"credential\":" + credential + "}").path("verdict").asText()).isEqualTo("revoked");
        assertThat(verify("{\"url\":\"" + award.at("/credentials/ob2_assertion").asText() + "\"}").path("verdict")
                .asText()).isEqualTo("revoked");
    }

    @Test
    void after_a_key_rotation_old_credentials_still_verify_and_new_ones_use_the_new_key() {
        String before = get(award().at("/credentials/ob3_credential").asText(), "application/ld+json").body();

        Reply rotated = fixture.server.post("/v1/issuers/" + acme.id() + "/keys/rotation", acme.key(), null);
        String after = get(award().at("/credentials/ob3_credential").asText(), "application/ld+json").body();

        assertThat(rotated.status()).as(rotated.raw().body()).isEqualTo(200);
        assertThat(rotated.json().path("data").toString()).contains("ed25519-2", "rsa-2");
        assertThat(json(after).at("/proof/verificationMethod").asText()).endsWith("#ed25519-2");
        assertThat(verify("{\"credential\":" + before + "}").path("verdict").asText()).isEqualTo("verified");
        assertThat(verify("{\"credential\":" + after + "}").path("verdict").asText()).isEqualTo("verified");
        assertThat(fixture.server.post("/v1/issuers/" + acme.id() + "/keys/rotation",
                fixture.issuer("other").key(), null).status()).isIn(403, 404);
    }

    @Test
    void a_changed_credential_is_tampered_and_unknown_ids_are_not_found() {
        String credential = get(award().at("/credentials/ob3_credential").asText(), "application/ld+json").body();

        assertThat(verify("{\"credential\":" + credential.replace("Baker", "Bakez") + "}").path("verdict").asText())
                .isEqualTo("tampered");
        assertThat(get(fixture.publicUrl() + "/ob/v2/assertions/AAAAAAAAAAAAAAAAAAAAAA", "*/*").statusCode())
                .isEqualTo(404);
        assertThat(get(fixture.publicUrl() + "/ob/v2/assertions/1", "*/*").statusCode()).isEqualTo(404);
        assertThat(get(fixture.publicUrl() + "/ob/v3/issuers/NO%20SUCH", "*/*").statusCode()).isEqualTo(404);
        assertThat(get(fixture.publicUrl() + "/ob/v3/issuers/acme/status/99", "*/*").statusCode()).isEqualTo(404);
    }

    @Test
    void the_issuer_sets_its_profile_which_its_open_badges_profile_then_shows() {
        Reply updated = fixture.server.put("/v1/issuers/" + acme.id(), acme.key(),
                "{\"url\":\"https://acme.example\",\"email\":\"Badges@Acme.example\",\"description\":\"We bake.\"}");
        Reply refused = fixture.server.put("/v1/issuers/" + acme.id(), acme.key(), "{\"email\":\"not an email\"}");

        assertThat(updated.status()).as(updated.raw().body()).isEqualTo(200);
        assertThat(updated.json().at("/data/email").asText()).isEqualTo("badges@acme.example");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/code").asText()).isEqualTo("email_invalid");
        JsonNode profile = json(get(updated.json().at("/data/open_badges/ob2_profile").asText(), "*/*").body());
        assertThat(profile.path("email").asText()).isEqualTo("badges@acme.example");
        assertThat(profile.path("url").asText()).isEqualTo("https://acme.example");
        assertThat(fixture.server.put("/v1/issuers/" + acme.id(), fixture.issuer("rival").key(),
                "{\"email\":\"x@rival.example\"}").status()).isEqualTo(404);
    }

    @Test
    void the_issuer_names_its_time_zone_and_an_unknown_zone_is_refused_without_a_change() {
        Reply berlin = fixture.server.put("/v1/issuers/" + acme.id(), acme.key(), "{\"time_zone\":\"Europe/Berlin\"}");
        Reply mars = fixture.server.put("/v1/issuers/" + acme.id(), acme.key(), "{\"time_zone\":\"Mars/Base\"}");

        assertThat(berlin.status()).as(berlin.raw().body()).isEqualTo(200);
        assertThat(berlin.json().at("/data/time_zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(mars.status()).isEqualTo(422);
        assertThat(mars.json().at("/code").asText()).isEqualTo("time_zone_invalid");
        assertThat(fixture.server.get("/v1/issuers/" + acme.id(), acme.key()).json().at("/data/time_zone").asText())
                .isEqualTo("Europe/Berlin");
        assertThat(fixture.server.put("/v1/issuers/" + acme.id(), acme.key(), "{}").json().at("/data/time_zone")
                .asText()).isEqualTo("UTC");
    }

    @Test
    void a_verification_without_a_credential_is_refused_with_a_clear_error() {
        Reply empty = fixture.server.post("/v1/verifications", null, "{}");
        Reply other = fixture.server.call("POST", "/v1/verifications", null, null);

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().at("/code").asText()).isEqualTo("verification_input_invalid");
        assertThat(other.status()).isIn(400, 415);
    }

    @Test
    void the_credential_comes_as_the_client_weighs_it() {
        String url = award().at("/credentials/ob3_credential").asText();

        assertThat(get(url, "application/ld+json, application/vc+jwt;q=0.5").body()).startsWith("{");
        assertThat(get(url, "application/vc+jwt, application/ld+json;q=0.5").body()).doesNotStartWith("{");
        assertThat(get(url, "*/*").headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/ld+json");
        assertThat(get(url, "*/*").headers().firstValue("Vary")).contains("Accept");
    }

    @Test
    void an_icon_the_baker_cannot_read_is_replaced_by_the_drawn_badge_and_the_award_still_bakes() {
        byte[] png = new BadgeImages().defaultPng("Iconic", "Acme");
        byte[] trailing = Arrays.copyOf(png, png.length + 4);
        long iconic = fixture.templateWithIcon(acme, "Iconic", trailing);
        JsonNode links = fixture.award(iconic, acme.key(), ADA).json().at("/data/credentials");

        HttpResponse<String> image = get(links.path("ob2_assertion").asText() + "/baked.svg", "image/svg+xml");
        byte[] baked = bytes(links.path("ob3_baked_png").asText());

        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(PngBaking.unbake(baked, PngBaking.OPEN_BADGES_3)).isPresent();
    }

    @Test
    void no_presentation_makes_the_verification_route_fail_with_a_500() {
        String[][] bodies = {{"image/png", "not a png"}, {"image/svg+xml", "<!DOCTYPE x [<!ENTITY e \"e\">]><svg/>"},
            {"application/vc+jwt", "a.b.c"}, {"application/json", "{\"url\":\"http://127.0.0.1:1/x\"}"},
            {"application/json", "{\"url\":\"not a url\"}"}, {"application/json", "{\"credential\":[1]}"},
            {"application/ld+json", "{\"@context\":{\"x\":1},\"proof\":{}}"},
            {"application/json", "{\"@context\":\"https://w3id.org/openbadges/v2\",\"id\":\"http://[::1\"}"},
            {"text/plain", "hello"}, {"application/json",
                    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"}};
        for (String[] body : bodies) {
            HttpResponse<String> response = postRaw("/v1/verifications", body[0], body[1].getBytes());
            assertThat(response.statusCode()).as(body[0] + " " + body[1] + " answered " + response.body())
                    .isLessThan(500);
        }
    }

    private HttpResponse<String> postRaw(String path, String type, byte[] body) {
        return PublicWeb.send(HttpRequest.newBuilder(URI.create(fixture.publicUrl() + path))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode award() {
        Reply reply = fixture.award(template, acme.key(), ADA);
        assertThat(reply.status()).as(reply.raw().body()).isIn(200, 201);
        return reply.json().path("data");
    }

    private JsonNode verify(String body) {
        Reply reply = fixture.server.post("/v1/verifications", null, body);
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        return reply.json().path("data");
    }

    private JsonNode verifyBytes(byte[] body, String type) {
        HttpResponse<String> response = postRaw("/v1/verifications", type, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body()).path("data");
    }

    private byte[] bytes(String url) {
        HttpResponse<byte[]> response = PublicWeb.send(HttpRequest.newBuilder(URI.create(url)),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/png");
        return response.body();
    }
}
