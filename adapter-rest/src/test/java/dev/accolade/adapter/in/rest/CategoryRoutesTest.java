package dev.accolade.adapter.in.rest;

import static dev.accolade.adapter.in.rest.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.TestServer.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The category tree under /v1/categories. */
class CategoryRoutesTest {

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_operator_creates_a_category_anyone_reads_at_its_location() {
        Reply created = server.post("/v1/categories", ADMIN_TOKEN, "{\"name\":\"Cooking\"}");

        assertThat(created.status()).isEqualTo(201);
        long id = created.json().at("/data/id").asLong();
        String location = created.raw().headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/v1/categories/" + id);
        assertThat(created.json().at("/data/parent_id").isNull()).isTrue();
        assertThat(created.json().at("/data/position").asInt()).isZero();
        assertThat(created.json().at("/data/created_at").asText()).isNotBlank();

        Reply read = server.get(location, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("data")).isEqualTo(created.json().path("data"));
        assertThat(server.get("/v1/categories/" + (id + 1000), null).status()).isEqualTo(404);
    }

    @Test
    void only_the_operator_creates_categories() {
        String key = server.createApiKey(server.createIssuer("acme"));

        Reply byKey = server.post("/v1/categories", key, "{\"name\":\"Cooking\"}");
        Reply anonymous = server.post("/v1/categories", null, "{\"name\":\"Cooking\"}");

        assertThat(byKey.status()).isEqualTo(403);
        assertThat(byKey.json().path("code").asText()).isEqualTo("operator_required");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(server.get("/v1/categories", null).json().path("data").size()).isZero();
    }

    @Test
    void a_bad_category_is_refused_and_creates_nothing() {
        Reply tooLong = server.post("/v1/categories", ADMIN_TOKEN, "{\"name\":\"" + "x".repeat(101) + "\"}");
        Reply negative = server.post("/v1/categories", ADMIN_TOKEN, "{\"name\":\"Cooking\",\"position\":-1}");
        Reply unknown = server.post("/v1/categories", ADMIN_TOKEN, "{\"name\":\"Cooking\",\"icon\":\"x\"}");
        Reply missing = server.post("/v1/categories", ADMIN_TOKEN, "{\"parent_id\":null}");
        Reply textId = server.post("/v1/categories", ADMIN_TOKEN, "{\"name\":\"Cooking\",\"parent_id\":\"7\"}");
        Reply noParent = server.post("/v1/categories", ADMIN_TOKEN, "{\"name\":\"Cooking\",\"parent_id\":9999}");

        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().at("/errors/0/attribute").asText()).isEqualTo("name");
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.json().at("/errors/0/attribute").asText()).isEqualTo("position");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.message()).isEqualTo("Missing required parameter: name");
        assertThat(textId.status()).isEqualTo(400);
        assertThat(noParent.status()).isEqualTo(404);
        assertThat(server.get("/v1/categories", null).json().path("data").size()).isZero();
    }

    @Test
    void the_hierarchy_answers_parents_children_and_siblings() {
        long food = category("Food", null);
        long baking = category("Baking", food);
        long grilling = category("Grilling", food);
        long frying = category("Frying", food);
        long bread = category("Bread", baking);

        assertThat(ids("/v1/categories/" + bread + "/hierarchy?relation=parents")).containsExactly(baking, food);
        assertThat(ids("/v1/categories/" + food + "/hierarchy?relation=children"))
                .containsExactly(baking, grilling, frying);
        assertThat(ids("/v1/categories/" + grilling + "/hierarchy?relation=siblings")).containsExactly(baking, frying);
        assertThat(ids("/v1/categories/" + baking + "/hierarchy?relation=siblings_next"))
                .containsExactly(grilling, frying);
        assertThat(ids("/v1/categories/" + frying + "/hierarchy?relation=siblings_prev"))
                .containsExactly(baking, grilling);
        assertThat(ids("/v1/categories")).containsExactly(food);
    }

    @Test
    void a_bad_hierarchy_request_is_refused() {
        long food = category("Food", null);

        Reply missing = server.get("/v1/categories/" + food + "/hierarchy", null);
        Reply unknown = server.get("/v1/categories/" + food + "/hierarchy?relation=cousins", null);
        Reply noCategory = server.get("/v1/categories/" + (food + 1000) + "/hierarchy?relation=children", null);

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.message()).isEqualTo("Missing required parameter: relation");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.message()).contains("siblings_next");
        assertThat(noCategory.status()).isEqualTo(404);
    }

    @Test
    void the_roots_and_the_children_page_by_cursor() {
        List<Long> roots = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            roots.add(category("root-" + i, null));
        }
        List<Long> children = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            children.add(category("child-" + i, roots.get(0)));
        }

        assertThat(allPages("/v1/categories?page_size=2", 3)).containsExactlyElementsOf(roots);
        assertThat(allPages("/v1/categories/" + roots.get(0) + "/hierarchy?relation=children&page_size=2", 2))
                .containsExactlyElementsOf(children);
        assertThat(server.get("/v1/categories?page_size=0", null).status()).isEqualTo(400);
    }

    @Test
    void the_operator_moves_a_category_with_its_subtree() {
        long food = category("Food", null);
        long sport = category("Sport", null);
        long baking = category("Baking", food);
        long bread = category("Bread", baking);
        category("Running", sport);

        Reply moved = server.put("/v1/categories/" + baking + "/placement", ADMIN_TOKEN, "{\"parent_id\":" + sport
                + ",\"position\":0}");

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().at("/data/parent_id").asLong()).isEqualTo(sport);
        assertThat(moved.json().at("/data/position").asInt()).isZero();
        assertThat(ids("/v1/categories/" + bread + "/hierarchy?relation=parents")).containsExactly(baking, sport);
        assertThat(ids("/v1/categories/" + food + "/hierarchy?relation=children")).isEmpty();

        Reply toRoot = server.put("/v1/categories/" + baking + "/placement", ADMIN_TOKEN, "{}");
        assertThat(toRoot.status()).isEqualTo(200);
        assertThat(toRoot.json().at("/data/parent_id").isNull()).isTrue();
        assertThat(ids("/v1/categories")).containsExactly(food, sport, baking);
    }

    @Test
    void a_bad_move_is_refused_and_moves_nothing() {
        long food = category("Food", null);
        long baking = category("Baking", food);
        String before = server.get("/v1/categories/" + baking, null).raw().body();

        Reply cycle = server.put("/v1/categories/" + food + "/placement", ADMIN_TOKEN,
                "{\"parent_id\":" + baking + "}");
        Reply negative = server.put("/v1/categories/" + baking + "/placement", ADMIN_TOKEN, "{\"position\":-2}");
        Reply unknown = server.put("/v1/categories/" + baking + "/placement", ADMIN_TOKEN, "{\"parent\":null}");
        Reply empty = server.put("/v1/categories/" + baking + "/placement", ADMIN_TOKEN, "");
        Reply noCategory = server.put("/v1/categories/" + (baking + 1000) + "/placement", ADMIN_TOKEN, "{}");

        assertThat(cycle.status()).isEqualTo(422);
        assertThat(cycle.json().path("code").asText()).isEqualTo("category_cycle");
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.json().at("/errors/0/attribute").asText()).isEqualTo("position");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(noCategory.status()).isEqualTo(404);
        assertThat(server.get("/v1/categories/" + baking, null).raw().body()).isEqualTo(before);
        assertThat(ids("/v1/categories")).containsExactly(food);
    }

    @Test
    void nobody_but_the_operator_moves_a_category_and_nothing_changes() {
        long food = category("Food", null);
        long baking = category("Baking", food);
        String key = server.createApiKey(server.createIssuer("acme"));
        String before = server.get("/v1/categories/" + baking, null).raw().body();

        Reply byKey = server.put("/v1/categories/" + baking + "/placement", key, "{}");
        Reply byMember = server.put("/v1/categories/" + baking + "/placement", memberToken(), "{}");
        Reply anonymous = server.put("/v1/categories/" + baking + "/placement", null, "{}");

        assertThat(byKey.status()).isEqualTo(404);
        assertThat(byMember.status()).isEqualTo(404);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(server.get("/v1/categories/" + baking, null).raw().body()).isEqualTo(before);
    }

    private long category(String name, Long parent) {
        Reply reply = server.post("/v1/categories", ADMIN_TOKEN,
                "{\"name\":\"" + name + "\"" + (parent == null ? "" : ",\"parent_id\":" + parent) + "}");
        if (reply.status() != 201) {
            throw new IllegalStateException("category not created: " + reply.raw().body());
        }
        return reply.json().at("/data/id").asLong();
    }

    /** Registers, confirms and signs in a member, returning its token. */
    private String memberToken() {
        String password = "correct horse battery";
        Reply registered = server.post("/v1/members", TestServer.ADMIN_TOKEN,
                "{\"email\":\"ann@example.org\",\"password\":\"" + password + "\",\"name\":\"Ann\"}");
        server.post("/v1/members/confirmations", null,
                "{\"token\":\"" + registered.json().at("/data/confirmation_token").asText() + "\"}");
        return server.post("/v1/sessions", null,
                "{\"email\":\"ann@example.org\",\"password\":\"" + password + "\"}").json().at("/data/token").asText();
    }

    private List<Long> ids(String path) {
        Reply reply = server.get(path, null);
        assertThat(reply.status()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        reply.json().path("data").forEach(category -> ids.add(category.path("id").asLong()));
        return ids;
    }

    private List<Long> allPages(String path, int expectedPages) {
        TestServer.Pages pages = server.pageThrough(path, null);
        assertThat(pages.count()).isEqualTo(expectedPages);
        return pages.ids();
    }
}
