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

/** Offers: read, accepted or rejected by their recipient, cancelled by their issuer, and listed. */
class OfferRoutesTest {

    private GrantFixture fixture;
    private TestServer server;
    private Issuer acme;
    private Member ada;
    private long optIn;

    @BeforeEach
    void start() {
        fixture = new GrantFixture();
        server = fixture.server;
        acme = fixture.issuer("acme");
        ada = fixture.member("ada@example.org");
        optIn = fixture.template(acme, "Opt In", false, true);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void the_recipient_accepts_an_offer_which_makes_the_award() {
        long offer = offerTo(ada);

        Reply accepted = server.post("/v1/offers/" + offer + "/acceptance", ada.token(), "");
        Reply read = server.get("/v1/offers/" + offer, ada.token());
        Reply again = server.post("/v1/offers/" + offer + "/acceptance", ada.token(), "");

        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.raw().headers().firstValue("Location"))
                .contains("/v1/awards/" + accepted.json().at("/data/id").asLong());
        assertThat(accepted.json().at("/data/source").asText()).isEqualTo("offer");
        assertThat(accepted.json().at("/data/offer_id").asLong()).isEqualTo(offer);
        assertThat(accepted.json().at("/data/holder_member_id").asLong()).isEqualTo(ada.id());
        assertThat(read.json().at("/data/status").asText()).isEqualTo("accepted");
        assertThat(read.json().at("/data/answered_at").asText()).isNotBlank();
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void the_award_made_from_an_offer_keeps_the_recipient_name_given_with_the_offer() {
        Reply offered = server.post("/v1/templates/" + optIn + "/awards", acme.key(), "{\"recipient\":{\"member_id\":"
                + ada.id() + "},\"recipient_name\":{\"first\":\"Ada\",\"last\":\"Lovelace\"}}");
        long offer = offered.json().at("/data/id").asLong();

        Reply accepted = server.post("/v1/offers/" + offer + "/acceptance", ada.token(), "");
        Reply read = server.get("/v1/offers/" + offer, acme.key());

        assertThat(offered.status()).isEqualTo(202);
        assertThat(offered.json().at("/data/recipient_name/first").asText()).isEqualTo("Ada");
        assertThat(read.json().at("/data/recipient_name/last").asText()).isEqualTo("Lovelace");
        assertThat(accepted.json().at("/data/recipient_name/first").asText()).isEqualTo("Ada");
        assertThat(accepted.json().at("/data/recipient_name/last").asText()).isEqualTo("Lovelace");
    }

    @Test
    void another_member_cannot_read_accept_or_reject_an_offer_and_it_stays_pending() {
        Member bob = fixture.member("bob@example.org");
        long offer = offerTo(ada);
        String before = fixture.asOperator("/v1/offers/" + offer);

        Reply read = server.get("/v1/offers/" + offer, bob.token());
        Reply accept = server.post("/v1/offers/" + offer + "/acceptance", bob.token(), "");
        Reply reject = server.post("/v1/offers/" + offer + "/rejection", bob.token(), "");
        Reply cancel = server.post("/v1/offers/" + offer + "/cancellation", bob.token(), "");

        assertThat(List.of(read.status(), accept.status(), reject.status(), cancel.status())).containsOnly(404);
        assertThat(fixture.asOperator("/v1/offers/" + offer)).isEqualTo(before).contains("\"status\":\"pending\"");
        assertThat(server.get("/v1/achievements", bob.token()).json().path("data").size()).isZero();
    }

    @Test
    void another_issuers_key_cannot_read_cancel_or_list_an_offer_and_it_stays_pending() {
        Issuer other = fixture.issuer("other");
        long offer = offerTo(ada);
        String before = fixture.asOperator("/v1/offers/" + offer);

        Reply read = server.get("/v1/offers/" + offer, other.key());
        Reply cancel = server.post("/v1/offers/" + offer + "/cancellation", other.key(), "");
        Reply accept = server.post("/v1/offers/" + offer + "/acceptance", other.key(), "");
        Reply list = server.get("/v1/issuers/" + acme.id() + "/offers", other.key());

        assertThat(List.of(read.status(), cancel.status(), accept.status(), list.status())).containsOnly(404);
        assertThat(fixture.asOperator("/v1/offers/" + offer)).isEqualTo(before);
    }

    @Test
    void the_recipient_rejects_and_the_issuer_cancels() {
        long rejected = offerTo(ada);
        long other = fixture.template(acme, "Other", false, true);
        long cancelled = fixture.award(other, acme.key(), ada.recipient()).json().at("/data/id").asLong();

        Reply rejection = server.post("/v1/offers/" + rejected + "/rejection", ada.token(), "");
        Reply cancellation = server.post("/v1/offers/" + cancelled + "/cancellation", acme.key(), "");
        Reply acceptCancelled = server.post("/v1/offers/" + cancelled + "/acceptance", ada.token(), "");

        assertThat(rejection.status()).isEqualTo(200);
        assertThat(rejection.json().at("/data/status").asText()).isEqualTo("rejected");
        assertThat(cancellation.status()).isEqualTo(200);
        assertThat(cancellation.json().at("/data/status").asText()).isEqualTo("cancelled");
        assertThat(acceptCancelled.status()).isEqualTo(409);
        assertThat(server.get("/v1/achievements", ada.token()).json().path("data").size()).isZero();
    }

    @Test
    void the_callback_shows_to_the_issuer_and_not_to_the_recipient() {
        long offer = fixture.server.post("/v1/templates/" + optIn + "/awards", acme.key(),
                "{\"recipient\":" + ada.recipient() + ",\"callback_url\":\"https://acme.example/hook\"}")
                .json().at("/data/id").asLong();

        Reply asIssuer = server.get("/v1/offers/" + offer, acme.key());
        Reply asRecipient = server.get("/v1/offers/" + offer, ada.token());

        assertThat(asIssuer.json().at("/data/callback_url").asText()).isEqualTo("https://acme.example/hook");
        assertThat(asIssuer.json().at("/data/callback_token").asText()).hasSize(32);
        assertThat(asRecipient.status()).isEqualTo(200);
        assertThat(asRecipient.json().at("/data/callback_url").isNull()).isTrue();
        assertThat(asRecipient.json().at("/data/callback_token").isNull()).isTrue();
    }

    @Test
    void malformed_offer_ids_and_statuses_are_bad_requests() {
        assertThat(server.post("/v1/offers/x/acceptance", ada.token(), "").status()).isEqualTo(400);
        assertThat(server.post("/v1/offers/0/rejection", ada.token(), "").status()).isEqualTo(400);
        assertThat(server.post("/v1/offers/-4/cancellation", acme.key(), "").status()).isEqualTo(400);
        assertThat(server.post("/v1/offers/999/acceptance", ada.token(), "").status()).isEqualTo(404);
        assertThat(server.get("/v1/offers?status=open", ada.token()).status()).isEqualTo(400);
    }

    @Test
    void the_issuers_offers_page_across_pages_and_filter_by_status() {
        List<Long> made = offers(5);
        server.post("/v1/offers/" + made.get(0) + "/rejection", ada.token(), "");

        List<Long> all = pageThrough("/v1/issuers/" + acme.id() + "/offers?page_size=2", acme.key());
        List<Long> pending = pageThrough("/v1/issuers/" + acme.id() + "/offers?page_size=2&status=pending",
                acme.key());

        assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(made);
        assertThat(pending).containsExactlyInAnyOrderElementsOf(made.subList(1, 5));
    }

    @Test
    void the_members_offers_page_across_pages_and_show_only_its_own() {
        List<Long> made = offers(3);
        Member bob = fixture.member("bob@example.org");

        List<Long> own = pageThrough("/v1/offers?page_size=2", ada.token());
        List<Long> bobs = pageThrough("/v1/offers?page_size=2", bob.token());

        assertThat(own).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(made);
        assertThat(bobs).isEmpty();
    }

    private long offerTo(Member member) {
        Reply reply = fixture.award(optIn, acme.key(), member.recipient());
        assertThat(reply.status()).isEqualTo(202);
        return reply.json().at("/data/id").asLong();
    }

    private List<Long> offers(int count) {
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long template = fixture.template(acme, "Offer " + i, false, true);
            made.add(fixture.award(template, acme.key(), ada.recipient()).json().at("/data/id").asLong());
        }
        return made;
    }

    private List<Long> pageThrough(String path, String token) {
        return server.pageThrough(path, token).ids();
    }
}
