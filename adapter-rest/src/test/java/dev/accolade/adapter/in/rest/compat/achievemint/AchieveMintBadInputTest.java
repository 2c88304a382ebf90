package dev.accolade.adapter.in.rest.compat.achievemint;

import static dev.accolade.adapter.in.rest.compat.achievemint.AchieveMintServer.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.compat.achievemint.AchieveMintServer.Reply;
import dev.accolade.application.issuer.ListIssuersQuery;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.template.FindTemplatesQuery;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.domain.template.TemplateId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad calls get a clear Error object and change nothing. */
class AchieveMintBadInputTest {

    private AchieveMintServer server;
    private String ada;
    private String bob;
    private long adasTemplate;

    @BeforeEach
    void start() {
        server = AchieveMintServer.start();
        server.member("ada@example.org", "Ada");
        server.member("bob@example.org", "Bob");
        ada = server.auth("ada@example.org");
        bob = server.auth("bob@example.org");
        adasTemplate = server.call("create_template", ada, Map.of("title", "Chef")).json().at("/template/id").asLong();
        server.accolade.moderation().approveTemplate(new TemplateCommand(Actor.operator(),
                new TemplateId(adasTemplate)));
        server.call("find_templates", bob, Map.of("status", "draft"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Everything the operator sees of issuers and templates, to compare before and after. */
    private String snapshot() {
        return server.accolade.issuers().listIssuers(new ListIssuersQuery(Actor.operator(),
                PageRequest.first(100))).items()
                + " " + server.accolade.templates()
                        .findTemplates(FindTemplatesQuery.all(Actor.operator(), PageRequest.first(100))).items();
    }

    private void assertRefusedWithoutChange(String method, String token, Map<String, String> fields, int code,
            String description) {
        String before = snapshot();
        Reply reply = server.call(method, token, fields);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.errorCode()).as("%s %s", method, reply.body()).isEqualTo(code);
        assertThat(reply.json().at("/error/description").asText()).contains(description);
        assertThat(reply.json().size()).isEqualTo(1);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_missing_or_wrong_token_is_refused() {
        assertRefusedWithoutChange("create_template", null, fields("title", "X"), 20, "needs the token");
        assertRefusedWithoutChange("create_template", "0123456789abcdef0123456789abcdef", fields("title", "X"), 21,
                "The token is not valid.");
        assertRefusedWithoutChange("auth", null, fields("identity", "{\"email\":\"ada@example.org\"}", "password",
                "wrong password"), 21, "The credentials are not valid.");
    }

    @Test
    void missing_fields_are_named() {
        assertRefusedWithoutChange("create_template", ada, fields("description", "no title"), 10,
                "Missing required parameter: title.");
        assertRefusedWithoutChange("award", ada, fields("template_id", Long.toString(adasTemplate)), 10,
                "Missing required parameter: user_identity.");
        assertRefusedWithoutChange("create_template", ada, fields("title", "Iconless", "icon", "{\"format\":\"png\"}"),
                10, "Missing required parameter: icon.data or icon.url.");
    }

    @Test
    void malformed_json_in_a_field_and_values_of_the_wrong_type_are_refused() {
        assertRefusedWithoutChange("award", ada, fields("user_identity", "{\"email\":", "template_id",
                Long.toString(adasTemplate)), 11, "The parameter user_identity is not well-formed JSON.");
        assertRefusedWithoutChange("create_template", ada, fields("title", "X", "categories", "[1,\"two\"]"), 11,
                "categories");
        assertRefusedWithoutChange("template", ada, fields("id", "twelve"), 11, "must be a whole number");
        assertRefusedWithoutChange("find_achievements", ada, fields("new", "perhaps"), 11, "a boolean");
        String before = snapshot();
        Reply json = server.callJson("create_template", ada, "{\"title\": ");
        assertThat(json.errorCode()).isEqualTo(11);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void over_long_strings_and_bad_content_are_refused_whole() {
        assertRefusedWithoutChange("create_template", ada, fields("title", "x".repeat(201)), 12,
                "Validation failed: Title is too long (maximum is 200 characters)");
        assertRefusedWithoutChange("create_template", ada, fields("title", "Fine", "description", "x".repeat(1001)),
                12, "Description is too long");
        assertRefusedWithoutChange("create_user", ada, fields("email", "x".repeat(120) + "@example.org", "password",
                "long enough", "name", "N"), 12, "Email");
        assertRefusedWithoutChange("create_template", ada, fields("title", "Fake icon", "icon",
                "{\"format\":\"png\",\"data\":\"R0lGODlhAQABAAAAACw=\"}"), 12, "is not png content");
        assertRefusedWithoutChange("create_template", ada, fields("title", "By URL", "icon",
                "{\"format\":\"png\",\"url\":\"https://example.org/icon.png\"}"), 70, "base64 data instead");
    }

    @Test
    void foreign_ids_are_not_found_and_nothing_changes() {
        String id = Long.toString(adasTemplate);
        assertRefusedWithoutChange("update_template", bob, fields("id", id, "title", "Bob's now"), 40, "");
        assertRefusedWithoutChange("award", bob, fields("user_identity", "{\"email\":\"x@example.org\"}",
                "template_id", id), 40, "");
        assertRefusedWithoutChange("cancel_offer", bob, fields("id", "987654"), 40, "");
        assertRefusedWithoutChange("accept_request", bob, fields("id", "987654"), 40, "");
        assertRefusedWithoutChange("export_achievements", bob, fields("achievement_ids", "[987654]"), 40, "");
    }

    @Test
    void versions_methods_and_http_verbs_are_checked() {
        assertThat(server.curl(server.base() + "/api/2.0/auth.json", "").errorCode()).isEqualTo(3);
        assertThat(server.curl(server.base() + "/api/1.0/nothing.json", "").errorCode()).isEqualTo(2);
        assertThat(server.curl(server.base() + "/api/auth", "").errorCode()).isEqualTo(2);
        assertThat(server.curl(server.base() + "/api/available_versions.json").json().at("/versions/0").asText())
                .isEqualTo("1.0");
        assertThat(server.curl(server.base() + "/api/user.json?token=" + ada).errorCode()).isEqualTo(4);
        assertThat(server.curl(server.base() + "/api/auth.json").errorCode()).as("no password in a URL").isEqualTo(4);
    }

    @Test
    void a_json_body_and_the_token_in_the_body_are_read_like_form_fields() {
        Reply auth = server.callJson("auth", null, "{\"identity\":{\"email\":\"ada@example.org\"},\"password\":\""
                + AchieveMintServer.PASSWORD + "\"}");
        assertThat(auth.json().at("/user/token").asText()).hasSize(32);
        Reply template = server.curl(server.base() + "/api/template.json", "id=" + adasTemplate + "&token=" + ada);
        assertThat(template.json().at("/template/name").asText()).isEqualTo("Chef");
        Reply typed = server.callJson("find_templates", ada, "{\"status\":\"published\",\"limit\":5,\"offset\":0}");
        assertThat(typed.json().at("/templates/0/id").asLong()).isEqualTo(adasTemplate);
    }

    @Test
    void numbers_out_of_any_range_are_error_11_or_12_as_form_fields_and_as_json() {
        String template = Long.toString(adasTemplate);
        for (String huge : List.of("9223372036854775808", "-9223372036854775809", "1e309", "99999999999999999999")) {
            for (String method : List.of("template", "achievement", "cancel_offer", "accept_offer", "reject_offer",
                    "accept_request", "reject_request", "update_template")) {
                assertNumberRefused(method, fields("id", huge, "title", "T"));
            }
            assertNumberRefused("award", fields("user_identity", "{\"email\":\"x@example.org\"}", "template_id", huge));
            for (String finder : List.of("find_templates", "find_achievements", "find_offers", "find_requests")) {
                assertNumberRefused(finder, fields("limit", huge));
                assertNumberRefused(finder, fields("offset", huge));
            }
            assertNumberRefused("find_achievements", fields("awarded_from", huge));
            assertNumberRefused("find_achievements", fields("awarded_to", huge));
            assertNumberRefused("find_templates", fields("categories", "[" + huge + "]"));
            assertNumberRefused("export_achievements", fields("achievement_ids", "[" + huge + "]"));
            Reply json = server.callJson("template", ada, "{\"id\":" + huge.replace("\"", "") + "}");
            assertThat(json.errorCode()).as(json.body()).isIn(11, 12);
        }
        assertNumberRefused("award", fields("user_identity", "{\"id\":18446744073709551617}", "template_id",
                template));
    }

    private void assertNumberRefused(String method, Map<String, String> fields) {
        String before = snapshot();
        Reply reply = server.call(method, ada, fields);

        assertThat(reply.status()).as("%s %s", method, fields).isEqualTo(200);
        assertThat(reply.errorCode()).as("%s %s: %s", method, fields, reply.body()).isIn(11, 12);
        assertThat(snapshot()).isEqualTo(before);
    }
}
