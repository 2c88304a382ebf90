package dev.accolade.adapter.in.rest;

import static dev.accolade.adapter.in.rest.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.GrantFixture.Issuer;
import dev.accolade.adapter.in.rest.GrantFixture.Member;
import dev.accolade.adapter.in.rest.TestServer.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where docs/api.md lets "its issuer, its owner, the operator" act, the operator and the member who
 * owns the issuer read and act on its awards, offers and requests as its own key does; the holder's
 * and the applicant's own steps stay theirs.
 */
class IssuerManagerAccessTest {

    private GrantFixture fixture;
    private TestServer server;
    private Member ada;
    private Issuer carols;
    private Map<String, String> managers;
    private long badge;
    private long optIn;
    private long helper;

    @BeforeEach
    void start() {
        fixture = new GrantFixture();
        server = fixture.server;
        ada = fixture.member("ada@example.org");
        Member carol = fixture.member("carol@example.org");
        long owned = server.post("/v1/issuers", carol.token(), "{\"slug\":\"carols\",\"name\":\"Carol's\"}").json()
                .at("/data/id").asLong();
        carols = new Issuer(owned, server.createApiKey(owned));
        managers = Map.of("operator", ADMIN_TOKEN, "owner", carol.token());
        badge = fixture.template(carols, "Badge", true, false);
        optIn = fixture.template(carols, "Opt In", true, true);
        helper = fixture.template(carols, "Helper", true, false);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @ParameterizedTest(name = "the {0}")
    @ValueSource(strings = {"operator", "owner"})
    void a_manager_awards_reads_summarises_and_revokes(String manager) {
        String token = managers.get(manager);

        Reply awarded = fixture.award(badge, token, ada.recipient());
        String award = "/v1/awards/" + awarded.json().at("/data/id").asLong();
        Reply read = server.get(award, token);
        Reply summary = server.get("/v1/issuers/" + carols.id() + "/recipients?identity=member:" + ada.id(), token);
        Reply revoked = server.post(award + "/revocation", token, "{\"reason\":\"by mistake\"}");

        assertThat(List.of(awarded.status(), read.status(), summary.status(), revoked.status()))
                .containsExactly(201, 200, 200, 200);
        assertThat(read.json().path("data")).isEqualTo(awarded.json().path("data"));
        assertThat(revoked.json().at("/data/active").asBoolean()).isFalse();
        assertThat(summary.json().at("/data/recipients/0/awards/0/count").asLong()).isEqualTo(1);
    }

    @ParameterizedTest(name = "the {0}")
    @ValueSource(strings = {"operator", "owner"})
    void a_manager_offers_reads_lists_and_cancels(String manager) {
        String token = managers.get(manager);

        Reply offered = server.post("/v1/templates/" + optIn + "/awards", token,
                "{\"recipient\":" + ada.recipient() + ",\"callback_url\":\"https://carol.example/hook\"}");
        long offer = offered.json().at("/data/id").asLong();
        Reply read = server.get("/v1/offers/" + offer, token);
        List<Long> listed = server.pageThrough("/v1/issuers/" + carols.id() + "/offers?status=pending", token).ids();
        Reply cancelled = server.post("/v1/offers/" + offer + "/cancellation", token, "");

        assertThat(List.of(offered.status(), read.status(), cancelled.status())).containsExactly(202, 200, 200);
        assertThat(read.json().at("/data/callback_url").asText()).isEqualTo("https://carol.example/hook");
        assertThat(listed).containsExactly(offer);
        assertThat(cancelled.json().at("/data/status").asText()).isEqualTo("cancelled");
    }

    @ParameterizedTest(name = "the {0}")
    @ValueSource(strings = {"operator", "owner"})
    void a_manager_reads_lists_accepts_and_rejects_requests(String manager) {
        String token = managers.get(manager);
        long accepted = apply();
        Reply read = server.get("/v1/requests/" + accepted, token);
        List<Long> listed = server.pageThrough("/v1/issuers/" + carols.id() + "/requests?status=pending", token)
                .ids();

        Reply acceptance = server.post("/v1/requests/" + accepted + "/acceptance", token, "");
        Reply rejection = server.post("/v1/requests/" + apply() + "/rejection", token, "{\"reason\":\"Not yet\"}");

        assertThat(read.status()).isEqualTo(200);
        assertThat(listed).containsExactly(accepted);
        assertThat(acceptance.status()).isEqualTo(201);
        assertThat(acceptance.json().at("/data/request_id").asLong()).isEqualTo(accepted);
        assertThat(rejection.status()).isEqualTo(200);
        assertThat(rejection.json().at("/data/rejection_reason").asText()).isEqualTo("Not yet");
    }

    @Test
    void the_holders_and_the_applicants_own_steps_are_not_the_operators() {
        long award = fixture.award(badge, carols.key(), ada.recipient()).json().at("/data/id").asLong();
        long offer = fixture.award(optIn, carols.key(), ada.recipient()).json().at("/data/id").asLong();
        String before = fixture.asOperator("/v1/awards/" + award) + fixture.asOperator("/v1/offers/" + offer);

        Reply viewed = server.post("/v1/awards/" + award + "/viewing", ADMIN_TOKEN, "");
        Reply accepted = server.post("/v1/offers/" + offer + "/acceptance", ADMIN_TOKEN, "");
        Reply rejected = server.post("/v1/offers/" + offer + "/rejection", ADMIN_TOKEN, "");
        Reply applied = server.post("/v1/templates/" + helper + "/requests", ADMIN_TOKEN, "{}");

        assertThat(List.of(viewed, accepted, rejected, applied)).extracting(Reply::status).containsOnly(404);
        assertThat(fixture.asOperator("/v1/awards/" + award) + fixture.asOperator("/v1/offers/" + offer))
                .isEqualTo(before);
    }

    private long apply() {
        Reply applied = server.post("/v1/templates/" + helper + "/requests", ada.token(), "{}");
        assertThat(applied.status()).isEqualTo(201);
        return applied.json().at("/data/id").asLong();
    }
}
