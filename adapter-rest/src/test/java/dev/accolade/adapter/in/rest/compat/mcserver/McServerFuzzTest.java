package dev.accolade.adapter.in.rest.compat.mcserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.FuzzValues;
import dev.accolade.adapter.in.rest.GrantFixture;
import dev.accolade.adapter.in.rest.TestServer.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzes mc-coal's log ingestion with hostile log lines (any text, and advancement lines with odd times,
 * players and titles), dates and list parameters: no answer is a server error, and refused lines commit no
 * write.
 */
class McServerFuzzTest {

    private static McServerFixture fixture;

    @BeforeContainer
    static void start() {
        fixture = new McServerFixture(GrantFixture.withoutRateLimits());
    }

    @AfterContainer
    static void stop() {
        fixture.close();
    }

    @Property(tries = 800)
    void any_log_lines_are_ingested_or_refused_without_a_server_error(@ForAll("lines") List<String> lines,
            @ForAll("dates") String date) {
        fixture.grants.writes.forget();
        String body = lines.stream().map(line -> line + "\n").collect(Collectors.joining());

        Reply reply = fixture.postText(fixture.coal.key(), "?date=" + encode(date), body);

        assertThat(reply.status()).as("%s %s answered %s", date, lines, reply.raw().body()).isLessThan(500);
        if (reply.status() >= 400) {
            assertThat(fixture.grants.writes.committedWrites()).as("%s was refused but wrote", lines).isEmpty();
        }
    }

    @Property(tries = 300)
    void any_list_query_is_answered_without_a_server_error(@ForAll("queries") String query) {
        Reply reply = fixture.get("/achievements" + query);

        assertThat(reply.status()).as("%s answered %s", query, reply.raw().body()).isLessThan(500);
    }

    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> time = Arbitraries.oneOf(Arbitraries.of("12:00:01", "23:59:59", "24:00:00", "99:99:99"),
                Arbitraries.strings().withChars("0123456789:").ofMaxLength(9));
        Arbitrary<String> player = Arbitraries.oneOf(Arbitraries.of("Steve", "Alex_2", "x", "a".repeat(17)),
                Arbitraries.strings().withChars("Aa_0-é\u0000 ").ofMaxLength(20));
        Arbitrary<String> title = Arbitraries.oneOf(FuzzValues.text(), Arbitraries.of("Taking Inventory", "]", ""));
        Arbitrary<String> advancement = Combinators.combine(time, player, title).as(McServerFixture::advancement);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(200).map(line -> line.replace("\n", ""));
        return Arbitraries.oneOf(advancement, any, FuzzValues.text().map(line -> line.replace("\n", "")))
                .list().ofMaxSize(20);
    }

    @Provide
    Arbitrary<String> dates() {
        return Arbitraries.oneOf(Arbitraries.of("2026-01-02", "2026-02-30", "0000-01-01", "+999999999-12-31"),
                FuzzValues.text());
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> name = Arbitraries.of("since", "until", "player", "limit", "offset", "cursor", "page_size",
                "sort", "title");
        return Combinators.combine(name, FuzzValues.text()).as((key, value) -> "?" + key + "=" + encode(value));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
