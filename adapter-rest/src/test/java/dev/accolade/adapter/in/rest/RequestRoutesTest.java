package dev.accolade.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.GrantFixture.Issuer;
import dev.accolade.adapter.in.rest.GrantFixture.Member;
import dev.accolade.adapter.in.rest.TestServer.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests to be awarded: a member applies, the issuer accepts or rejects, both list them. */
class RequestRoutesTest {

    private GrantFixture fixture;
    private TestServer server;
    private Issuer acme;
    private Member ada;
    private long badge;

    @BeforeEach
    void start() {
        fixture = new GrantFixture();
        server = fixture.server;
        acme = fixture.issuer("acme");
        ada = fixture.member("ada@example.org");
        badge = fixture.template(acme, "Helper", false, false);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void a_member_applies_and_the_issuer_accepts_which_makes_the_award() {
        Reply applied = server.post("/v1/templates/" + badge + "/requests", ada.token(),
                "{\"message\":\"I helped\",\"evidence\":{\"links\":[\"https://example.org/pr/1\"]}}");
        long request = applied.json().at("/data/id").asLong();

        Reply read = server.get("/v1/requests/" + request, acme.key());
        Reply accepted = server.post("/v1/requests/" + request + "/acceptance", acme.key(), "");
        Reply again = server.post("/v1/requests/" + request + "/acceptance", acme.key(), "");

        assertThat(applied.status()).isEqualTo(201);
        assertThat(applied.raw().headers().firstValue("Location")).contains("/v1/requests/" + request);
        assertThat(applied.json().at("/data/status").asText()).isEqualTo("pending");
        assertThat(applied.json().at("/data/applicant_member_id").asLong()).isEqualTo(ada.id());
        assertThat(read.json().at("/data/message").asText()).isEqualTo("I helped");
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.json().at("/data/source").asText()).isEqualTo("request");
        assertThat(accepted.json().at("/data/request_id").asLong()).isEqualTo(request);
        assertThat(server.get("/v1/requests/" + request, ada.token()).json().at("/data/status").asText())
                .isEqualTo("accepted");
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void the_issuer_rejects_with_a_reason() {
        long request = apply(ada, badge);

        Reply rejected = server.post("/v1/requests/" + request + "/rejection", acme.key(),
                "{\"reason\":\"Not yet\"}");

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().at("/data/status").asText()).isEqualTo("rejected");
        assertThat(rejected.json().at("/data/rejection_reason").asText()).isEqualTo("Not yet");
        assertThat(server.get("/v1/achievements", ada.token()).json().path("data").size()).isZero();
    }

    @Test
    void another_issuer_or_member_cannot_read_or_answer_a_request_and_it_stays_pending() {
        Issuer other = fixture.issuer("other");
        Member bob = fixture.member("bob@example.org");
        long request = apply(ada, badge);
        String before = fixture.asOperator("/v1/requests/" + request);

        Reply read = server.get("/v1/requests/" + request, other.key());
        Reply accept = server.post("/v1/requests/" + request + "/acceptance", other.key(), "");
        Reply reject = server.post("/v1/requests/" + request + "/rejection", other.key(), "{\"reason\":\"no\"}");
        Reply list = server.get("/v1/issuers/" + acme.id() + "/requests", other.key());
        Reply readByBob = server.get("/v1/requests/" + request, bob.token());
        Reply acceptByApplicant = server.post("/v1/requests/" + request + "/acceptance", ada.token(), "");

        assertThat(List.of(read.status(), accept.status(), reject.status(), list.status(), readByBob.status(),
                acceptByApplicant.status())).containsOnly(404);
        assertThat(fixture.asOperator("/v1/requests/" + request)).isEqualTo(before).contains("\"status\":\"pending\"");
    }

    @Test
    void bad_input_on_applying_or_rejecting_is_refused_and_changes_nothing() {
        long request = apply(ada, badge);
        long other = fixture.template(acme, "Other", false, false);

        Reply longMessage = server.post("/v1/templates/" + other + "/requests", ada.token(),
                "{\"message\":\"" + "x".repeat(1001) + "\"}");
        Reply unknownApply = server.post("/v1/templates/" + other + "/requests", ada.token(), "{\"note\":\"hi\"}");
        Reply longReason = server.post("/v1/requests/" + request + "/rejection", acme.key(),
                "{\"reason\":\"" + "x".repeat(501) + "\"}");
        Reply unknownReject = server.post("/v1/requests/" + request + "/rejection", acme.key(), "{\"why\":\"no\"}");
        Reply badId = server.post("/v1/requests/abc/acceptance", acme.key(), "");

        assertThat(longMessage.status()).isEqualTo(422);
        assertThat(longMessage.json().at("/errors/0/attribute").asText()).isEqualTo("message");
        assertThat(unknownApply.status()).isEqualTo(400);
        assertThat(longReason.status()).isEqualTo(422);
        assertThat(longReason.json().at("/errors/0/attribute").asText()).isEqualTo("reason");
        assertThat(unknownReject.status()).isEqualTo(400);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(pageThrough("/v1/issuers/" + acme.id() + "/requests?page_size=10", acme.key()))
                .containsExactly(request);
        assertThat(server.get("/v1/requests/" + request, acme.key()).json().at("/data/status").asText())
                .isEqualTo("pending");
    }

    @Test
    void an_issuer_key_cannot_apply() {
        Reply reply = server.post("/v1/templates/" + badge + "/requests", acme.key(), "{}");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(pageThrough("/v1/issuers/" + acme.id() + "/requests?page_size=10", acme.key())).isEmpty();
    }

    @Test
    void requests_page_across_pages_for_the_issuer_and_the_applicant() {
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(apply(ada, fixture.template(acme, "Badge " + i, false, false)));
        }
        server.post("/v1/requests/" + made.get(0) + "/rejection", acme.key(), "");
        Member bob = fixture.member("bob@example.org");

        List<Long> issuers = pageThrough("/v1/issuers/" + acme.id() + "/requests?page_size=2", acme.key());
        List<Long> pending = pageThrough("/v1/issuers/" + acme.id() + "/requests?page_size=2&status=pending",
                acme.key());
        List<Long> own = pageThrough("/v1/requests?page_size=2", ada.token());
        List<Long> bobs = pageThrough("/v1/requests?page_size=2", bob.token());

        assertThat(issuers).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(made);
        assertThat(pending).containsExactlyInAnyOrderElementsOf(made.subList(1, 5));
        assertThat(own).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(made);
        assertThat(bobs).isEmpty();
    }

    private long apply(Member member, long template) {
        Reply reply = server.post("/v1/templates/" + template + "/requests", member.token(), "");
        assertThat(reply.status()).isEqualTo(201);
        return reply.json().at("/data/id").asLong();
    }

    private List<Long> pageThrough(String path, String token) {
        return server.pageThrough(path, token).ids();
    }
}
