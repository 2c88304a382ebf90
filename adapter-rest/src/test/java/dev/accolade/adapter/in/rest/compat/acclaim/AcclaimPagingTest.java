package dev.accolade.adapter.in.rest.compat.acclaim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Organization;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lists are paged by number, with the specification's metadata, across several pages. */
class AcclaimPagingTest {

    private AcclaimWorld world;
    private Organization org;
    private final List<String> created = new ArrayList<>();

    @BeforeEach
    void start() {
        world = new AcclaimWorld();
        org = world.organization("fencing");
        for (int i = 1; i <= 5; i++) {
            created.add(world.json("POST", org.path() + "/badge_templates", org.token(),
                    "{\"name\":\"Badge " + i + "\"}").json().at("/data/id").asText());
        }
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void each_page_carries_its_metadata_and_the_pages_together_hold_every_item_once() {
        String base = world.url(org.path() + "/badge_templates");
        Reply first = world.get(org.path() + "/badge_templates?per=2", org.token());
        Reply second = world.get(org.path() + "/badge_templates?per=2&page=2", org.token());
        Reply last = world.get(org.path() + "/badge_templates.json?page=3&per=2", org.token());

        assertThat(first.json().path("metadata")).isEqualTo(metadata(2, 1, null, base + "?page=2&per=2"));
        assertThat(second.json().path("metadata"))
                .isEqualTo(metadata(2, 2, base + "?page=1&per=2", base + "?page=3&per=2"));
        assertThat(last.json().path("metadata")).isEqualTo(metadata(1, 3, base + ".json?page=2&per=2", null));
        List<String> seen = new ArrayList<>();
        for (Reply page : List.of(first, second, last)) {
            seen.addAll(page.json().path("data").findValuesAsText("id"));
        }
        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void a_page_past_the_end_is_empty_and_the_default_page_holds_up_to_fifty() {
        Reply beyond = world.get(org.path() + "/badge_templates?per=2&page=9", org.token());
        Reply whole = world.get(org.path() + "/badge_templates", org.token());

        assertThat(beyond.json().path("data")).isEmpty();
        assertThat(beyond.json().at("/metadata/count").asInt()).isZero();
        assertThat(whole.json().at("/metadata/per").asInt()).isEqualTo(50);
        assertThat(whole.json().at("/metadata/total_pages").asInt()).isEqualTo(1);
        assertThat(whole.json().path("data")).hasSize(5);
    }

    @Test
    void a_page_size_over_a_hundred_or_a_page_below_one_is_refused() {
        Reply tooBig = world.get(org.path() + "/badge_templates?per=101", org.token());
        Reply zero = world.get(org.path() + "/badge_templates?page=0", org.token());

        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.message()).isEqualTo("The per must be a whole number from 1 to 100.");
        assertThat(zero.status()).isEqualTo(400);
    }

    private static JsonNode metadata(int count, int page, String previous, String next) {
        return new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("count", count)
                .put("current_page", page).put("total_count", 5).put("total_pages", 3).put("per", 2)
                .put("previous_page_url", previous).put("next_page_url", next);
    }
}
