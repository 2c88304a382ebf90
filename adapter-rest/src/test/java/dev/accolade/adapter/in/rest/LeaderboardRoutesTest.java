package dev.accolade.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.GrantFixture.Issuer;
import dev.accolade.adapter.in.rest.TestServer.Reply;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Points, leaderboards and rarity over HTTP: a template's points and rarity in its view, a page of the
 * ranking and a subject's standing for anyone, email addresses shown only to the issuer, and every bad
 * parameter refused with its own code, never a 500.
 */
class LeaderboardRoutesTest {

    private static final String STEVE = "{\"key\":\"handle:forum/steve\"}";
    private static final String ALEX = "{\"key\":\"handle:forum/alex\"}";
    private static final String ADA = "{\"email\":\"ada@example.org\"}";

    private final GrantFixture fixture = new GrantFixture();
    private final TestServer server = fixture.server;
    private final Issuer forum = fixture.issuer("forum");
    private final String board = "/v1/issuers/" + forum.id() + "/leaderboard";

    @AfterEach
    void stop() {
        fixture.close();
    }

    /** A repeatable template with points, created and approved over HTTP; its id. */
    private long template(String title, long points) {
        Reply created = server.post("/v1/issuers/" + forum.id() + "/templates", forum.key(), "{\"title\":\"" + title
                + "\",\"repeatable\":true,\"submit_for_review\":true,\"points\":" + points + "}");
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        long id = created.json().at("/data/id").asLong();
        assertThat(server.post("/v1/templates/" + id + "/approval", TestServer.ADMIN_TOKEN, null).status())
                .isEqualTo(200);
        return id;
    }

    private void award(long template, String recipient) {
        assertThat(fixture.award(template, forum.key(), recipient).status()).isEqualTo(201);
    }

    @Test
    void a_template_shows_its_points_and_rarity_and_bad_points_are_refused() {
        long gold = template("Gold", 50);
        long silver = template("Silver", 20);
        award(gold, STEVE);
        award(silver, ALEX);

        JsonNode view = server.get("/v1/templates/" + gold, null).json().path("data");
        assertThat(view.path("points").asLong()).isEqualTo(50);
        assertThat(view.path("rarity").asDouble()).isEqualTo(0.5);
        Reply tooMany = server.post("/v1/issuers/" + forum.id() + "/templates", forum.key(),
                "{\"title\":\"Too many\",\"points\":1000001}");
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.json().path("code").asText()).isEqualTo("points_invalid");
    }

    @Test
    void anyone_reads_the_ranking_best_first_paged_by_cursor() {
        long gold = template("Gold", 50);
        long silver = template("Silver", 20);
        award(silver, ALEX);
        award(gold, STEVE);
        award(silver, ALEX);
        award(silver, ALEX);

        Reply first = server.get(board + "?period=all_time&page_size=1", null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().at("/data/0").toString()).startsWith("{\"rank\":1,\"subject\":{\"key\":"
                + "\"handle:forum/alex\",\"member_id\":null,\"email\":null,\"namespace\":\"forum\",\"handle\":"
                + "\"alex\"},\"name\":null,\"points\":60,\"reached_at\":");
        String cursor = first.json().at("/metadata/next_cursor").asText();
        JsonNode second = server.get(board + "?page_size=1&cursor=" + cursor, null).json();
        assertThat(second.at("/data/0/rank").asLong()).isEqualTo(2);
        assertThat(second.at("/data/0/subject/key").asText()).isEqualTo("handle:forum/steve");
        assertThat(second.at("/metadata/next_cursor").isNull()).isTrue();
        assertThat(server.get(board + "?period=day", null).json().path("data")).hasSize(2);
        assertThat(server.get(board + "?period=day&at=2001-01-01T00:00:00Z", null).json().path("data")).isEmpty();
    }

    @Test
    void a_subjects_standing_comes_with_its_neighbours() {
        long gold = template("Gold", 50);
        award(gold, STEVE);
        award(gold, STEVE);
        award(gold, ALEX);

        JsonNode alex = server.get(board + "?subject=handle:forum/alex&neighbours=1", null).json().path("data");

        assertThat(alex.path("ranked").asBoolean()).isTrue();
        assertThat(alex.at("/entry/rank").asLong()).isEqualTo(2);
        assertThat(alex.at("/above/0/subject/key").asText()).isEqualTo("handle:forum/steve");
        assertThat(alex.path("below")).isEmpty();
        JsonNode nobody = server.get(board + "?subject=handle:forum/nobody", null).json().path("data");
        assertThat(nobody.path("ranked").asBoolean()).isFalse();
        assertThat(nobody.path("entry").isNull()).isTrue();
    }

    @Test
    void an_email_address_is_shown_only_to_the_issuer() {
        award(template("Gold", 50), ADA);

        assertThat(server.get(board, null).json().at("/data/0/subject").toString())
                .isEqualTo("{\"key\":\"email\",\"member_id\":null,\"email\":null,\"namespace\":null,\"handle\":null}");
        assertThat(server.get(board, forum.key()).json().at("/data/0/subject/email").asText())
                .isEqualTo("ada@example.org");
        assertThat(server.get(board, null).raw().body()).doesNotContain("ada@");
    }

    @Test
    void every_bad_parameter_is_refused_with_its_own_code() {
        List<List<Object>> cases = List.of(
                List.of("?period=year", 422, "period_invalid"),
                List.of("?at=yesterday", 422, "at_invalid"),
                List.of("?at=2026-13-01T00:00:00Z", 422, "at_invalid"),
                List.of("?subject=steve", 422, "subject_invalid"),
                List.of("?subject=handle:forum/steve&neighbours=11", 400, "neighbours_invalid"),
                List.of("?subject=handle:forum/steve&neighbours=-1", 400, "neighbours_invalid"),
                List.of("?page_size=0", 400, "page_size_invalid"),
                List.of("?page_size=101", 400, "page_size_invalid"),
                List.of("?cursor=nonsense", 400, "cursor_invalid"));
        for (List<Object> bad : cases) {
            Reply reply = server.get(board + bad.get(0), null);

            assertThat(reply.status()).as(bad.get(2).toString()).isEqualTo(bad.get(1));
            assertThat(reply.json().path("code").asText()).isEqualTo(bad.get(2));
        }
        assertThat(server.get("/v1/issuers/999999/leaderboard", null).status()).isEqualTo(404);
        assertThat(server.get("/v1/issuers/x/leaderboard", null).status()).isEqualTo(400);
    }
}
