package dev.accolade.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.GrantFixture.Issuer;
import dev.accolade.adapter.in.rest.GrantFixture.Member;
import dev.accolade.adapter.in.rest.TestServer.Reply;
import dev.accolade.application.usecase.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An offer whose award expires before the recipient accepts it can no longer be accepted, only declined. */
class OfferExpiryTest {

    private final TestClock clock = new TestClock(Instant.parse("2030-01-01T00:00:00Z"));
    private GrantFixture fixture;
    private TestServer server;
    private Issuer acme;
    private Member ada;
    private long offer;

    @BeforeEach
    void start() {
        fixture = new GrantFixture(clock);
        server = fixture.server;
        acme = fixture.issuer("acme");
        ada = fixture.member("ada@example.org");
        long optIn = fixture.template(acme, "Opt In", false, true);
        Reply offered = server.post("/v1/templates/" + optIn + "/awards", acme.key(),
                "{\"recipient\":" + ada.recipient() + ",\"expires_at\":\"2030-01-01T01:00:00Z\"}");
        assertThat(offered.status()).isEqualTo(202);
        offer = offered.json().at("/data/id").asLong();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void accepting_after_the_expiry_is_a_422_offer_expired_and_changes_nothing() {
        String before = fixture.asOperator("/v1/offers/" + offer);
        clock.advance(Duration.ofHours(2));

        Reply accepted = server.post("/v1/offers/" + offer + "/acceptance", ada.token(), "");

        assertThat(accepted.status()).isEqualTo(422);
        assertThat(accepted.json().path("code").asText()).isEqualTo("offer_expired");
        assertThat(fixture.asOperator("/v1/offers/" + offer)).isEqualTo(before).contains("\"status\":\"pending\"");
        assertThat(server.get("/v1/achievements", ada.token()).json().path("data").size()).isZero();
    }

    @Test
    void an_expired_offer_can_still_be_declined() {
        clock.advance(Duration.ofHours(2));

        Reply rejected = server.post("/v1/offers/" + offer + "/rejection", ada.token(), "");

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().at("/data/status").asText()).isEqualTo("rejected");
    }

    @Test
    void accepting_before_the_expiry_makes_the_award_with_that_expiry() {
        clock.advance(Duration.ofMinutes(59));

        Reply accepted = server.post("/v1/offers/" + offer + "/acceptance", ada.token(), "");

        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.json().at("/data/expires_at").asText()).isEqualTo("2030-01-01T01:00:00Z");
    }
}
