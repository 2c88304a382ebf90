package dev.accolade.adapter.in.rest.compat.mcserver;

import static dev.accolade.adapter.in.rest.compat.mcserver.McServerFixture.advancement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.TestServer.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The mc-coal lists' parameters over HTTP: size, cursor, since, before and q, at and beyond their bounds. */
class McServerListParametersTest {

    private McServerFixture fixture;

    @BeforeEach
    void start() {
        fixture = new McServerFixture();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    /** Lines of 2013-11-11 in Chicago (UTC-6), one a minute from 10:00, each a distinct advancement. */
    private void minutes(int from, int count) {
        List<String> lines = IntStream.range(from, from + count).mapToObj(minute -> advancement(
                String.format("10:%02d:00", minute), minute % 2 == 0 ? "Steve" : "alex_99", "Number " + minute))
                .toList();
        assertThat(fixture.postLines("2013-11-11", lines).json().path("awards").asInt()).isEqualTo(count);
    }

    private static List<String> names(Reply reply) {
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        reply.json().path("achievements").forEach(achievement -> names.add(achievement.path("name").asText()));
        return names;
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void size_is_ten_by_default_at_most_fifty_and_anything_else_is_a_400_with_a_message() {
        minutes(0, 55);

        assertThat(names(fixture.get("/achievements"))).hasSize(10).startsWith("Number 54");
        assertThat(names(fixture.get("/achievements?size=1"))).containsExactly("Number 54");
        assertThat(names(fixture.get("/achievements?size=50"))).hasSize(50);
        for (String bad : List.of("0", "51", "-1", "ten", "1.5", "99999999999")) {
            Reply reply = fixture.get("/achievements?size=" + bad);
            assertThat(reply.status()).as("size=%s", bad).isEqualTo(400);
            assertThat(reply.message()).contains("size");
        }
    }

    @Test
    void since_is_inclusive_and_before_exclusive_in_utc_and_a_bad_one_is_a_400() {
        minutes(0, 5);

        assertThat(names(fixture.get("/achievements?since=" + encoded("2013-11-11 16:02:00"))))
                .containsExactly("Number 4", "Number 3", "Number 2");
        assertThat(names(fixture.get("/achievements?before=" + encoded("2013-11-11 16:02:00"))))
                .containsExactly("Number 1", "Number 0");
        assertThat(names(fixture.get("/achievements?since=" + encoded("2013-11-11 16:01:00") + "&before="
                + encoded("2013-11-11 16:03:00")))).containsExactly("Number 2", "Number 1");
        assertThat(names(fixture.get("/players/Steve/achievements?since=" + encoded("2013-11-11 16:01:00"))))
                .containsExactly("Number 4", "Number 2");
        for (String bad : List.of("2013-11-11", "2013-11-11T16:00:00", "2013-02-30 10:00:00", "yesterday")) {
            for (String name : List.of("since", "before")) {
                Reply reply = fixture.get("/achievements?" + name + "=" + encoded(bad));
                assertThat(reply.status()).as("%s=%s", name, bad).isEqualTo(400);
                assertThat(reply.message()).contains(name);
            }
        }
    }

    @Test
    void q_searches_name_message_and_username_whatever_the_case() {
        minutes(0, 3);

        assertThat(names(fixture.get("/achievements?q=NUMBER%201"))).containsExactly("Number 1");
        assertThat(names(fixture.get("/achievements?q=" + encoded("MADE THE advancement")))).hasSize(3);
        assertThat(names(fixture.get("/achievements?q=ALEX"))).containsExactly("Number 1");
        assertThat(names(fixture.get("/achievements?q=steve"))).containsExactly("Number 2", "Number 0");
        assertThat(names(fixture.get("/players/alex_99/achievements?q=number%202"))).isEmpty();
        assertThat(fixture.get("/achievements?q=" + "x".repeat(101)).status()).isEqualTo(400);
    }

    @Test
    void a_cursor_is_opaque_and_a_bad_one_is_a_400() {
        minutes(0, 3);
        String cursor = fixture.get("/achievements?size=2").json().path("cursor").asText();

        assertThat(cursor).isNotBlank();
        assertThat(names(fixture.get("/achievements?size=2&cursor=" + cursor))).containsExactly("Number 0");
        assertThat(fixture.get("/achievements?size=2&cursor=" + cursor).json().has("cursor")).isFalse();
        Reply bad = fixture.get("/achievements?cursor=not-a-cursor");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.message()).isNotBlank();
    }

    @Test
    void paging_while_new_lines_arrive_gives_every_earlier_achievement_once_and_none_twice() {
        minutes(0, 20);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int arriving = 20;
        do {
            Reply page = fixture.get("/achievements?size=3" + (cursor == null ? "" : "&cursor=" + cursor));
            seen.addAll(names(page));
            JsonNode next = page.json().path("cursor");
            cursor = next.isMissingNode() ? null : next.asText();
            minutes(arriving, 2);
            arriving += 2;
        } while (cursor != null);

        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsAll(IntStream.range(0, 20).mapToObj(minute -> "Number " + minute).toList());
        assertThat(seen).startsWith("Number 19");
    }
}
