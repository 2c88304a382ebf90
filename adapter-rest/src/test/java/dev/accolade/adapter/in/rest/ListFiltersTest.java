package dev.accolade.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.GrantFixture.Issuer;
import dev.accolade.adapter.in.rest.GrantFixture.Member;
import dev.accolade.adapter.in.rest.TestServer.Reply;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The filters the time-keyed lists share, over HTTP: {@code since} (inclusive) and {@code before} (exclusive). */
class ListFiltersTest {

    private GrantFixture fixture;
    private TestServer server;
    private Issuer acme;
    private Member ada;

    /** Four rounds, each making a template awarded directly, one offered, an award, an offer and a request. */
    @BeforeEach
    void start() {
        fixture = new GrantFixture();
        server = fixture.server;
        acme = fixture.issuer("acme");
        ada = fixture.member("ada@example.org");
        for (int round = 0; round < 4; round++) {
            long direct = fixture.template(acme, "Direct " + round, true, false);
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
