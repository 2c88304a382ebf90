package dev.accolade.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.GrantFixture.Issuer;
import dev.accolade.adapter.in.rest.GrantFixture.Member;
import dev.accolade.adapter.in.rest.TestServer.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The filters lists share, over HTTP: {@code since} (inclusive) and {@code before} (exclusive) on every
 * time-keyed list, and {@code q}, a search in titles, on templates and achievements.
 */
class ListFiltersTest {

    private final GrantFixture fixture = new GrantFixture();
    private final TestServer server = fixture.server;
    private final Issuer acme = fixture.issuer("acme");
    private final Member ada = fixture.member("ada@example.org");
    private long firstDirect;

    /** Four rounds, each making a template awarded directly, one offered, an award, an offer and a request. */
    @BeforeEach
    void fourRounds() {
        for (int round = 0; round < 4; round++) {
            long direct = fixture.template(acme, "Direct " + round, true, false);
            firstDirect = round == 0 ? direct : firstDirect;
            long optIn = fixture.template(acme, "Opt In " + round, false, true);
            assertThat(fixture.award(direct, acme.key(), ada.recipient()).status()).isEqualTo(201);
            assertThat(fixture.award(optIn, acme.key(), ada.recipient()).status()).isEqualTo(202);
            assertThat(server.post("/v1/templates/" + direct + "/requests", ada.token(), "").status()).isEqualTo(201);
        }
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    /** Each time-keyed list: its path with a query string, who reads it, and the time it is kept to. */
    static Stream<Arguments> timeKeyedLists() {
        return Stream.of(
                Arguments.of("/v1/achievements?role=received", "member", "awarded_at"),
                Arguments.of("/v1/offers?status=pending", "member", "created_at"),
                Arguments.of("/v1/issuers/{acme}/offers?status=pending", "issuer", "created_at"),
                Arguments.of("/v1/requests?status=pending", "member", "created_at"),
                Arguments.of("/v1/issuers/{acme}/requests?status=pending", "issuer", "created_at"),
                Arguments.of("/v1/templates?issuer_id={acme}", "issuer", "created_at"),
                Arguments.of("/v1/templates?issuer_id={acme}&sort=name", "anyone", "created_at"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timeKeyedLists")
    void since_is_inclusive_and_before_exclusive_across_pages(String list, String reader, String time) {
        String path = path(list);
        List<JsonNode> all = items(server.get(path + "&page_size=100", token(reader)));
        List<Instant> times = all.stream().map(item -> Instant.parse(item.path(time).asText())).sorted().toList();
        Instant since = times.get(1);
        Instant before = times.get(3);
        List<Long> expected = all.stream().filter(item -> {
            Instant at = Instant.parse(item.path(time).asText());
            return !at.isBefore(since) && at.isBefore(before);
        }).map(item -> item.path("id").asLong()).toList();

        TestServer.Pages windowed = server.pageThrough(path + "&page_size=1&since=" + since + "&before=" + before,
                token(reader));

        assertThat(expected).hasSize(2);
        assertThat(windowed.ids()).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timeKeyedLists")
    void a_malformed_or_out_of_range_time_is_a_400_naming_it(String list, String reader, String time) {
        String path = path(list);

        Reply malformed = server.get(path + "&since=yesterday", token(reader));
        Reply outOfRange = server.get(path + "&before=%2B10000-01-01T00:00:00Z", token(reader));
        Reply noOffset = server.get(path + "&since=2030-01-01T00:00:00", token(reader));

        for (Reply reply : List.of(malformed, outOfRange, noOffset)) {
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().path("code").asText()).isEqualTo("parameter_invalid");
        }
        assertThat(malformed.message()).contains("since");
        assertThat(outOfRange.message()).contains("before");
        assertThat(noOffset.message()).contains("since");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timeKeyedLists")
    void a_window_that_does_not_end_after_it_starts_is_an_empty_list(String list, String reader, String time) {
        Reply reply = server.get(path(list) + "&since=2030-01-02T00:00:00Z&before=2030-01-01T00:00:00Z",
                token(reader));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(items(reply)).isEmpty();
        assertThat(reply.json().at("/metadata/next_cursor").isNull()).isTrue();
    }

    @Test
    void q_finds_templates_and_achievements_by_any_part_of_their_title_whatever_the_case_across_pages() {
        long uber = fixture.template(acme, "Über 100% Club", true, false);
        long snake = fixture.template(acme, "snake_case", true, false);
        fixture.award(uber, acme.key(), ada.recipient());
        fixture.award(snake, acme.key(), ada.recipient());
        String achievements = "/v1/achievements?member=" + ada.id() + "&page_size=1&q=";

        assertThat(ids("/v1/templates?page_size=1&q=" + query("OPT IN"), null)).hasSize(4);
        assertThat(ids("/v1/templates?page_size=1&q=" + query("üBER"), null)).containsExactly(uber);
        assertThat(ids("/v1/templates?page_size=1&q=" + query("%"), null)).containsExactly(uber);
        assertThat(ids("/v1/templates?page_size=1&q=" + query("e_c"), null)).containsExactly(snake);
        assertThat(ids("/v1/templates?page_size=1&q=" + query("uber"), null)).isEmpty();
        assertThat(ids(achievements + query("DIRECT"), null)).hasSize(4);
        assertThat(ids(achievements + query("0% c"), null)).hasSize(1);
        assertThat(ids(achievements + query("_"), ada.token())).hasSize(1);
    }

    @Test
    void q_never_finds_a_title_waiting_in_review_through_a_public_list() {
        fixture.rename(acme, firstDirect, "Direct 0, secret sequel");
        String templates = "/v1/templates?issuer_id=" + acme.id() + "&q=" + query("SECRET SEQUEL");
        String achievements = "/v1/achievements?member=" + ada.id() + "&q=";

        assertThat(ids(templates, null)).isEmpty();
        assertThat(ids(templates, ada.token())).isEmpty();
        assertThat(ids(templates, acme.key())).containsExactly(firstDirect);
        assertThat(ids(achievements + query("secret"), null)).isEmpty();
        assertThat(ids(achievements + query("secret"), acme.key())).isEmpty();
        assertThat(ids(achievements + query("direct 0"), null)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/templates?", "/v1/achievements?member={ada}&"})
    void q_that_is_blank_too_long_or_not_one_line_is_a_400_naming_it(String list) {
        for (String q : List.of("%20%20", "x".repeat(101), "two%0Alines", "bell%07")) {
            Reply reply = server.get(list.replace("{ada}", Long.toString(ada.id())) + "q=" + q, null);

            assertThat(reply.status()).as(q).isEqualTo(400);
            assertThat(reply.json().path("code").asText()).as(q).isEqualTo("parameter_invalid");
            assertThat(reply.message()).as(q).contains("q");
        }
        assertThat(server.get(list.replace("{ada}", Long.toString(ada.id())) + "q=" + "x".repeat(100), null)
                .status()).isEqualTo(200);
    }

    private List<Long> ids(String path, String token) {
        return server.pageThrough(path, token).ids();
    }

    private static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private String path(String list) {
        return list.replace("{acme}", Long.toString(acme.id()));
    }

    private String token(String reader) {
        switch (reader) {
            case "member":
                return ada.token();
            case "issuer":
                return acme.key();
            default:
                return null;
        }
    }

    private static List<JsonNode> items(Reply reply) {
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        reply.json().path("data").forEach(items::add);
        return items;
    }
}
