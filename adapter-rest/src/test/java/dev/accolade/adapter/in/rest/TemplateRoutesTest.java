package dev.accolade.adapter.in.rest;

import static dev.accolade.adapter.in.rest.TestServer.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.TestServer.Reply;
import dev.accolade.application.Accolade;
import dev.accolade.application.member.ConfirmRegistrationCommand;
import dev.accolade.application.member.MemberDetails;
import dev.accolade.application.member.RegisterMemberCommand;
import dev.accolade.application.member.Registration;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.session.SignInCommand;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Templates and their moderation under /v1/templates and /v1/issuers/{issuer_id}/templates. */
class TemplateRoutesTest {

    private Accolade accolade;
    private TestServer server;
    private long issuer;
    private String key;

    @BeforeEach
    void start() {
        accolade = Accolade.inMemory();
        server = TestServer.start(accolade);
        issuer = server.createIssuer("acme");
        key = server.createApiKey(issuer);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_issuer_creates_and_submits_and_once_the_operator_approves_anyone_sees_it() {
        Reply created = create(key, "{\"title\":\"Head Chef\",\"description\":\"Runs a kitchen\","
                + "\"icon\":{\"format\":\"png\",\"url\":\"https://example.org/chef.png\"},"
                + "\"attachments\":[{\"name\":\"rules\",\"format\":\"docx\",\"url\":\"https://example.org/r.docx\"}],"
                + "\"criteria\":\"Cook\",\"type\":\"gold\",\"repeatable\":true}");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().at("/data/id").asLong();
        assertThat(created.raw().headers().firstValue("Location")).contains("/v1/templates/" + id);
        JsonNode data = created.json().path("data");
        assertThat(data.path("status").asText()).isEqualTo("draft");
        assertThat(data.path("issuer_id").asLong()).isEqualTo(issuer);
        assertThat(data.path("version").asInt()).isEqualTo(1);
        assertThat(data.path("published_version").isNull()).isTrue();
        assertThat(data.at("/icon/format").asText()).isEqualTo("png");
        assertThat(data.at("/attachments/0/format").asText()).isEqualTo("docx");
        assertThat(data.path("repeatable").asBoolean()).isTrue();
        assertThat(data.path("featured").asBoolean()).isFalse();
        assertThat(data.path("award_count").asLong()).isZero();
        assertThat(data.at("/ratings/count").asInt()).isZero();
        assertThat(data.path("created_at").asText()).isNotBlank();
        assertThat(server.get("/v1/templates/" + id, null).status()).isEqualTo(404);

        Reply submitted = server.post("/v1/templates/" + id + "/submission", key, "");
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().at("/data/status").asText()).isEqualTo("pending_review");

        Reply approved = server.post("/v1/templates/" + id + "/approval", ADMIN_TOKEN, "");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().at("/data/status").asText()).isEqualTo("published");
        assertThat(approved.json().at("/data/published_version").asInt()).isEqualTo(1);
        assertThat(approved.json().at("/data/published_at").asText()).isNotBlank();

        Reply read = server.get("/v1/templates/" + id, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().at("/data/title").asText()).isEqualTo("Head Chef");
        Reply listed = server.get("/v1/templates", null);
        assertThat(listed.json().path("data").size()).isEqualTo(1);
        assertThat(listed.json().at("/data/0/id").asLong()).isEqualTo(id);
    }

    @Test
    void another_issuers_key_can_neither_read_nor_change_a_draft_and_nothing_changes() {
        long id = createDraft("Secret");
        String otherKey = server.createApiKey(server.createIssuer("rival"));
        String before = server.get("/v1/templates/" + id, ADMIN_TOKEN).raw().body();

        List<Integer> statuses = List.of(
                server.get("/v1/templates/" + id, otherKey).status(),
                server.put("/v1/templates/" + id, otherKey, "{\"title\":\"Hijacked\"}").status(),
                server.delete("/v1/templates/" + id, otherKey).status(),
                server.post("/v1/templates/" + id + "/submission", otherKey, "").status(),
                server.post("/v1/issuers/" + issuer + "/templates", otherKey, "{\"title\":\"Planted\"}").status());

        assertThat(statuses).containsOnly(404);
        assertThat(server.get("/v1/templates/" + id, ADMIN_TOKEN).raw().body()).isEqualTo(before);
        assertThat(server.get("/v1/templates?issuer_id=" + issuer, ADMIN_TOKEN).json().path("data").size())
                .isEqualTo(1);
        assertThat(server.get("/v1/templates?issuer_id=" + issuer + "&status=draft", otherKey).status())
                .isEqualTo(403);
    }

    @Test
    void a_title_empty_or_too_long_is_a_422_on_the_title_and_creates_nothing() {
        Reply empty = create(key, "{\"title\":\"\"}");
        Reply tooLong = create(key, "{\"title\":\"" + "x".repeat(201) + "\"}");
        Reply missing = create(key, "{\"description\":\"no title\"}");

        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().at("/errors/0/attribute").asText()).isEqualTo("title");
        assertThat(empty.json().at("/errors/0/messages/0").asText()).isNotBlank();
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().at("/errors/0/attribute").asText()).isEqualTo("title");
        assertThat(tooLong.json().at("/errors/0/messages/0").asText()).contains("200");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.message()).isEqualTo("Missing required parameter: title");
        assertThat(server.get("/v1/templates?issuer_id=" + issuer, key).json().path("data").size()).isZero();
    }

    @Test
    void an_update_with_a_bad_title_is_a_422_and_changes_nothing() {
        long id = createDraft("Baker");
        String before = server.get("/v1/templates/" + id, key).raw().body();

        Reply reply = server.put("/v1/templates/" + id, key, "{\"title\":\"" + "y".repeat(201) + "\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/errors/0/attribute").asText()).isEqualTo("title");
        assertThat(server.get("/v1/templates/" + id, key).raw().body()).isEqualTo(before);
    }

    @Test
    void a_title_the_issuer_already_uses_is_a_409() {
        createDraft("Twice");

        Reply again = create(key, "{\"title\":\"Twice\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asText()).isEqualTo("template_title_taken");
        assertThat(server.get("/v1/templates?issuer_id=" + issuer, key).json().path("data").size()).isEqualTo(1);
    }

    @Test
    void custom_fields_come_back_exactly_as_given() {
        String fields = "{\"b\":5.10,\"a\":1E+3,\"nested\":{\"z\":1,\"y\":[true,null]},\"big\":12345678901234567890.000}";

        Reply created = create(key, "{\"title\":\"Fields\",\"custom_fields\":" + fields + "}");
        long id = created.json().at("/data/id").asLong();
        Reply read = server.get("/v1/templates/" + id, key);
        Reply updated = server.put("/v1/templates/" + id, key,
                "{\"title\":\"Fields 2\",\"custom_fields\":" + fields + "}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.raw().body()).contains("\"custom_fields\":" + fields);
        assertThat(read.raw().body()).contains("\"custom_fields\":" + fields);
        assertThat(updated.raw().body()).contains("\"custom_fields\":" + fields);
    }

    @Test
    void custom_fields_with_a_reserved_name_or_not_an_object_are_refused() {
        Reply reserved = create(key, "{\"title\":\"T\",\"custom_fields\":{\"Title\":1}}");
        Reply notObject = create(key, "{\"title\":\"T\",\"custom_fields\":[1]}");
        Reply twice = create(key, "{\"title\":\"T\",\"custom_fields\":{\"a\":1,\"a\":2}}");

        assertThat(reserved.status()).isEqualTo(422);
        assertThat(reserved.json().at("/errors/0/attribute").asText()).isEqualTo("custom_fields");
        assertThat(notObject.status()).isEqualTo(400);
        assertThat(twice.status()).isEqualTo(400);
        assertThat(server.get("/v1/templates?issuer_id=" + issuer, key).json().path("data").size()).isZero();
    }

    @Test
    void an_unknown_attribute_is_a_400_in_every_body() {
        long id = createDraft("Draft");
        server.post("/v1/templates/" + id + "/submission", key, "");
        String before = server.get("/v1/templates/" + id, key).raw().body();

        List<Reply> replies = List.of(
                create(key, "{\"title\":\"T\",\"status\":\"published\"}"),
                create(key, "{\"title\":\"T\",\"icon\":{\"format\":\"png\",\"url\":\"https://e.org/i.png\",\"x\":1}}"),
                create(key,
                        "{\"title\":\"T\",\"attachments\":[{\"name\":\"n\",\"format\":\"zip\",\"url\":\"https://e.org/a.zip\",\"size\":3}]}"),
                server.put("/v1/templates/" + id, key, "{\"title\":\"T\",\"submit_for_review\":true}"),
                server.post("/v1/templates/" + id + "/rejection", ADMIN_TOKEN, "{\"reason\":\"no\",\"why\":\"x\"}"),
                server.put("/v1/templates/" + id + "/ratings/me", key,
                        "{\"difficulty\":1,\"credibility\":1,\"stars\":5}"));

        assertThat(replies).extracting(Reply::status).containsOnly(400);
        assertThat(replies.get(0).message()).startsWith("Unknown attribute: status.");
        assertThat(server.get("/v1/templates/" + id, key).raw().body()).isEqualTo(before);
        assertThat(server.get("/v1/templates?issuer_id=" + issuer, key).json().path("data").size()).isEqualTo(1);
    }

    @Test
    void editing_a_published_template_makes_a_new_version_while_the_old_one_stays_live() {
        long id = createPublished("Sommelier");

        Reply edited = server.put("/v1/templates/" + id, key, "{\"title\":\"Master Sommelier\"}");

        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().at("/data/version").asInt()).isEqualTo(2);
        assertThat(edited.json().at("/data/status").asText()).isEqualTo("pending_review");
        assertThat(edited.json().at("/data/published_version").asInt()).isEqualTo(1);
        Reply seenByPublic = server.get("/v1/templates/" + id, null);
        assertThat(seenByPublic.json().at("/data/title").asText()).isEqualTo("Sommelier");
        assertThat(seenByPublic.json().at("/data/version").asInt()).isEqualTo(1);
    }

    @Test
    void the_operator_rejects_with_a_reason_and_the_issuer_may_submit_again() {
        long id = createDraft("Rejected");
        server.post("/v1/templates/" + id + "/submission", key, "");

        Reply tooLong = server.post("/v1/templates/" + id + "/rejection", ADMIN_TOKEN,
                "{\"reason\":\"" + "r".repeat(501) + "\"}");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().at("/errors/0/attribute").asText()).isEqualTo("reason");
        assertThat(server.get("/v1/templates/" + id, key).json().at("/data/status").asText())
                .isEqualTo("pending_review");

        Reply rejected = server.post("/v1/templates/" + id + "/rejection", ADMIN_TOKEN,
                "{\"reason\":\"Too vague\"}");
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().at("/data/status").asText()).isEqualTo("rejected");
        assertThat(rejected.json().at("/data/rejection_reason").asText()).isEqualTo("Too vague");
        assertThat(server.post("/v1/templates/" + id + "/submission", key, "").json().at("/data/status").asText())
                .isEqualTo("pending_review");
    }

    @Test
    void moderation_refuses_the_wrong_state_and_anyone_but_the_operator() {
        long id = createDraft("Draft");
        String otherKey = server.createApiKey(server.createIssuer("rival"));

        Reply approveDraft = server.post("/v1/templates/" + id + "/approval", ADMIN_TOKEN, "");
        Reply rejectDraft = server.post("/v1/templates/" + id + "/rejection", ADMIN_TOKEN, "");
        server.post("/v1/templates/" + id + "/submission", key, "");
        Reply submitTwice = server.post("/v1/templates/" + id + "/submission", key, "");
        Reply approveOwn = server.post("/v1/templates/" + id + "/approval", key, "");
        Reply rejectOwn = server.post("/v1/templates/" + id + "/rejection", key, "{\"reason\":\"x\"}");
        Reply approveOther = server.post("/v1/templates/" + id + "/approval", otherKey, "");

        assertThat(approveDraft.status()).isEqualTo(422);
        assertThat(approveDraft.json().path("code").asText()).isEqualTo("template_not_pending_review");
        assertThat(rejectDraft.status()).isEqualTo(422);
        assertThat(submitTwice.status()).isEqualTo(422);
        assertThat(submitTwice.json().path("code").asText()).isEqualTo("template_not_submittable");
        assertThat(List.of(approveOwn.status(), rejectOwn.status(), approveOther.status())).containsOnly(404);
        assertThat(server.get("/v1/templates/" + id, key).json().at("/data/status").asText())
                .isEqualTo("pending_review");
    }

    @Test
    void the_issuer_deletes_its_template() {
        long id = createPublished("Gone");

        Reply deleted = server.delete("/v1/templates/" + id, key);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(server.get("/v1/templates/" + id, key).status()).isEqualTo(404);
        assertThat(server.delete("/v1/templates/" + id, key).status()).isEqualTo(404);
    }

    @Test
    void a_member_rates_a_published_template_and_rating_again_replaces_the_score() {
        long id = createPublished("Rated");
        String alice = signedInMember("alice@example.org");
        String bob = signedInMember("bob@example.org");

        Reply first = server.put("/v1/templates/" + id + "/ratings/me", alice,
                "{\"difficulty\":4,\"credibility\":2.5}");
        server.put("/v1/templates/" + id + "/ratings/me", bob, "{\"difficulty\":2,\"credibility\":3.5}");
        Reply again = server.put("/v1/templates/" + id + "/ratings/me", alice,
                "{\"difficulty\":3,\"credibility\":2.5}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().at("/data/count").asInt()).isEqualTo(1);
        assertThat(again.json().at("/data/count").asInt()).isEqualTo(2);
        assertThat(again.json().at("/data/difficulty").asDouble()).isEqualTo(2.5);
        assertThat(again.json().at("/data/credibility").asDouble()).isEqualTo(3.0);
        assertThat(server.get("/v1/templates/" + id, null).json().at("/data/ratings/count").asInt()).isEqualTo(2);
    }

    @Test
    void a_rating_out_of_range_or_missing_or_on_a_draft_changes_nothing() {
        long published = createPublished("Rated");
        long draft = createDraft("Hidden");
        String alice = signedInMember("alice@example.org");

        Reply outOfRange = server.put("/v1/templates/" + published + "/ratings/me", alice,
                "{\"difficulty\":6,\"credibility\":1}");
        Reply missing = server.put("/v1/templates/" + published + "/ratings/me", alice, "{\"difficulty\":1}");
        Reply onDraft = server.put("/v1/templates/" + draft + "/ratings/me", alice,
                "{\"difficulty\":1,\"credibility\":1}");

        assertThat(outOfRange.status()).isEqualTo(422);
        assertThat(outOfRange.json().at("/errors/0/attribute").asText()).isEqualTo("difficulty");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.message()).isEqualTo("Missing required parameter: credibility");
        assertThat(onDraft.status()).isEqualTo(404);
        assertThat(server.get("/v1/templates/" + published, null).json().at("/data/ratings/count").asInt()).isZero();
        assertThat(server.get("/v1/templates/" + draft, key).json().at("/data/ratings/count").asInt()).isZero();
    }

    @Test
    void the_list_pages_by_cursor_until_the_last_page() {
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(createDraft("Template " + i));
        }

        TestServer.Pages pages = server.pageThrough("/v1/templates?issuer_id=" + issuer + "&page_size=2", key);

        assertThat(pages.count()).isEqualTo(3);
        assertThat(pages.ids()).containsExactlyElementsOf(created);
    }

    @Test
    void the_list_filters_by_status_and_sorts_by_name() {
        long draft = createDraft("Bravo");
        long published = createPublished("Alpha");
        long other = createPublished("Charlie");

        Reply drafts = server.get("/v1/templates?issuer_id=" + issuer + "&status=draft", key);
        Reply byNameDesc = server.get("/v1/templates?sort=name&direction=desc", null);
        Reply badStatus = server.get("/v1/templates?status=live", null);
        Reply badCategory = server.get("/v1/templates?category_ids=1,x", null);
        Reply unknownCategory = server.get("/v1/templates?category_ids=999", null);

        assertThat(drafts.json().path("data")).extracting(t -> t.path("id").asLong()).containsExactly(draft);
        assertThat(byNameDesc.json().path("data")).extracting(t -> t.path("id").asLong())
                .containsExactly(other, published);
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.message()).contains("draft, pending_review, published, rejected");
        assertThat(badCategory.status()).isEqualTo(400);
        assertThat(unknownCategory.json().path("data").size()).isZero();
    }

    @Test
    void templates_upserted_by_name_are_published_at_once_and_replaced_on_the_next_upsert() {
        String upserts = "/v1/issuers/" + issuer + "/templates/upserts";

        Reply first = server.post(upserts, key, "{\"templates\":[{\"name\":\"Gold\",\"custom_fields\":"
                + "{\"rank\":1.50}},{\"name\":\"Silver\"}]}");
        Reply second = server.post(upserts, key, "{\"templates\":[{\"name\":\"Gold\",\"description\":\"Best\","
                + "\"custom_fields\":{\"rank\":2.0}}]}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("data")).extracting(t -> t.path("status").asText())
                .containsExactly("published", "published");
        assertThat(first.json().at("/data/0/repeatable").asBoolean()).isTrue();
        assertThat(first.raw().body()).contains("\"custom_fields\":{\"rank\":1.50}");
        assertThat(second.json().at("/data/0/id").asLong()).isEqualTo(first.json().at("/data/0/id").asLong());
        assertThat(second.json().at("/data/0/description").asText()).isEqualTo("Best");
        assertThat(second.raw().body()).contains("\"custom_fields\":{\"rank\":2.0}");
        assertThat(server.get("/v1/templates", null).json().path("data").size()).isEqualTo(2);
    }

    @Test
    void templates_deleted_by_name_are_listed_and_unknown_names_skipped() {
        server.post("/v1/issuers/" + issuer + "/templates/upserts", key,
                "{\"templates\":[{\"name\":\"Gold\"},{\"name\":\"Silver\"}]}");

        Reply deleted = server.post("/v1/issuers/" + issuer + "/templates/deletions", key,
                "{\"names\":[\"Gold\",\"Bronze\"]}");

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().path("data")).extracting(t -> t.path("title").asText()).containsExactly("Gold");
        assertThat(server.get("/v1/templates", null).json().path("data")).extracting(t -> t.path("title").asText())
                .containsExactly("Silver");
    }

    @Test
    void upserts_and_deletions_by_name_refuse_bad_bodies_and_other_issuers_and_change_nothing() {
        server.post("/v1/issuers/" + issuer + "/templates/upserts", key, "{\"templates\":[{\"name\":\"Gold\"}]}");
        String otherKey = server.createApiKey(server.createIssuer("rival"));
        String upserts = "/v1/issuers/" + issuer + "/templates/upserts";
        String deletions = "/v1/issuers/" + issuer + "/templates/deletions";
        String before = server.get("/v1/templates?issuer_id=" + issuer, key).raw().body();

        Reply emptyList = server.post(upserts, key, "{\"templates\":[]}");
        Reply longName = server.post(upserts, key, "{\"templates\":[{\"name\":\"" + "n".repeat(201) + "\"}]}");
        Reply noNames = server.post(deletions, key, "{\"names\":[]}");
        Reply missing = server.post(deletions, key, "{}");
        List<Reply> unknown = List.of(
                server.post(upserts, key, "{\"templates\":[{\"name\":\"Gold\",\"featured\":true}]}"),
                server.post(upserts, key, "{\"templates\":[],\"mode\":\"replace\"}"),
                server.post(deletions, key, "{\"names\":[\"Gold\"],\"all\":true}"));
        List<Reply> foreign = List.of(
                server.post(upserts, otherKey, "{\"templates\":[{\"name\":\"Gold\",\"description\":\"x\"}]}"),
                server.post(deletions, otherKey, "{\"names\":[\"Gold\"]}"));

        assertThat(emptyList.status()).isEqualTo(422);
        assertThat(emptyList.json().at("/errors/0/attribute").asText()).isEqualTo("templates");
        assertThat(longName.status()).isEqualTo(422);
        assertThat(longName.json().at("/errors/0/attribute").asText()).isEqualTo("name");
        assertThat(noNames.status()).isEqualTo(422);
        assertThat(noNames.json().at("/errors/0/attribute").asText()).isEqualTo("names");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(unknown).extracting(Reply::status).containsOnly(400);
        assertThat(foreign).extracting(Reply::status).containsOnly(404);
        assertThat(server.get("/v1/templates?issuer_id=" + issuer, key).raw().body()).isEqualTo(before);
    }

    private Reply create(String token, String json) {
        return server.post("/v1/issuers/" + issuer + "/templates", token, json);
    }

    private long createDraft(String title) {
        Reply reply = create(key, "{\"title\":\"" + title + "\"}");
        assertThat(reply.status()).isEqualTo(201);
        return reply.json().at("/data/id").asLong();
    }

    private long createPublished(String title) {
        Reply reply = create(key, "{\"title\":\"" + title + "\",\"submit_for_review\":true}");
        assertThat(reply.json().at("/data/status").asText()).isEqualTo("pending_review");
        long id = reply.json().at("/data/id").asLong();
        assertThat(server.post("/v1/templates/" + id + "/approval", ADMIN_TOKEN, "").status()).isEqualTo(200);
        return id;
    }

    private String signedInMember(String email) {
        Registration registration = accolade.members().registerMember(
                new RegisterMemberCommand(Actor.operator(), new MemberDetails(email, "correct horse battery", "Member",
                        null, null)));
        registration.confirmationToken()
                .ifPresent(token -> accolade.members().confirmRegistration(new ConfirmRegistrationCommand(token)));
        return accolade.sessions().signIn(new SignInCommand(email, "correct horse battery")).token();
    }
}
