package dev.accolade.adapter.in.rest.compat.achievemint;

import static dev.accolade.adapter.in.rest.compat.achievemint.AchieveMintServer.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.compat.achievemint.AchieveMintServer.Reply;
import dev.accolade.application.member.ConfirmRegistrationCommand;
import dev.accolade.application.member.IssueConfirmationTokenCommand;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.template.TemplateId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A whole Achieve Mint story over HTTP on a production-like server: moderation and confirmation on. */
class AchieveMintStoryTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private AchieveMintServer server;

    @BeforeEach
    void start() {
        server = AchieveMintServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void approve(long template) {
        server.accolade.moderation().approveTemplate(new TemplateCommand(Actor.operator(), new TemplateId(template)));
    }

    private void confirmByOperator(long member) {
        String token = server.accolade.members()
                .issueConfirmationToken(new IssueConfirmationTokenCommand(Actor.operator(),
                new MemberId(member))).confirmationToken().orElseThrow();
        server.accolade.members().confirmRegistration(new ConfirmRegistrationCommand(token));
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    @Test
    void register_award_an_unregistered_email_deliver_on_confirmation_accept_find_and_export() throws Exception {
        long cooking = server.category("Cooking", null);
        long baking = server.category("Baking", cooking);
        server.member("ada@example.org", "Ada Lovelace");
        String ada = server.auth("ada@example.org");

        Reply created = server.call("create_template", ada, fields("title", "Chef", "description", "Cooks well",
                "categories", "[" + baking + "]",
                "icon", "{\"format\":\"png\",\"data\":\"" + Base64.getEncoder().encodeToString(PNG) + "\"}",
                "attachments", "[{\"format\":\"html\",\"name\":\"recipe\",\"data\":\""
                        + Base64.getEncoder().encodeToString("<p>Soup</p>".getBytes()) + "\"}]"));
        JsonNode template = created.json().path("template");
        long chef = template.path("id").asLong();
        assertThat(template.path("status").asText()).as("sent to moderation").isEqualTo("draft");
        assertThat(template.path("publish_date").isNull()).isTrue();
        assertThat(template.path("difficulty").isNumber()).isTrue();
        assertThat(template.path("categories").toString()).isEqualTo("[{\"id\":" + baking + ",\"name\":\"Baking\"}]");
        HttpResponse<byte[]> icon = server.download(template.path("icon").asText());
        assertThat(icon.body()).isEqualTo(PNG);
        assertThat(icon.headers().firstValue("Content-Type")).contains("image/png");
        HttpResponse<byte[]> recipe = server.download(template.at("/attachments/0/url").asText());
        assertThat(recipe.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(server.call("award", ada, fields("user_identity", "{\"email\":\"carol@example.org\"}",
                "template_id", Long.toString(chef))).errorCode()).as("drafts are not awarded").isEqualTo(60);
        approve(chef);
        Reply published = server.call("template", ada, fields("id", Long.toString(chef)));
        assertThat(published.json().at("/template/status").asText()).isEqualTo("published");
        assertThat(published.json().at("/template/publish_date").isIntegralNumber()).isTrue();

        Reply award = server.call("award", ada, fields("user_identity", "{\"email\":\"Carol@Example.org \"}",
                "template_id", Long.toString(chef), "callback_url", "https://client.example.org/cb"));
        long offer = award.json().at("/offer/id").asLong();
        assertThat(award.json().at("/callback_token").asText()).hasSize(32);
        assertThat(ids(server.call("find_offers", ada, Map.of()).json().path("requests"))).containsExactly(offer);

        Reply carolCreated = server.call("create_user", ada, fields("email", "carol@example.org", "password",
                "carol's password", "name", "Carol", "nickname", "cc"));
        long carolId = carolCreated.json().at("/user/id").asLong();
        Reply early = server.call("auth", null, fields("identity", "{\"email\":\"carol@example.org\"}", "password",
                "carol's password"));
        assertThat(early.errorCode()).as("not confirmed yet").isEqualTo(22);
        confirmByOperator(carolId);
        String carol = server.call("auth", null, fields("identity", "{\"email\":\"carol@example.org\"}",
                "password", "carol's password")).json().at("/user/token").asText();

        Reply offers = server.call("find_offers", ada, Map.of());
        assertThat(offers.json().at("/requests/0/user/id").asLong()).as("delivered to carol").isEqualTo(carolId);
        assertThat(server.call("accept_offer", carol, fields("id", Long.toString(offer))).json().toString())
                .isEqualTo("{\"success\":true}");
        assertThat(server.call("find_offers", ada, Map.of()).json().path("requests").size()).isZero();

        Reply mine = server.call("find_achievements", carol, Map.of());
        JsonNode achievement = mine.json().at("/achievement/0");
        long awardId = achievement.path("id").asLong();
        assertThat(achievement.at("/user/id").asLong()).isEqualTo(carolId);
        assertThat(achievement.at("/template/id").asLong()).isEqualTo(chef);
        long awardedAt = achievement.path("award_date").asLong();
        assertThat(awardedAt).isPositive();
        Reply one = server.call("achievement", carol, fields("id", Long.toString(awardId)));
        assertThat(one.json().at("/achievement/id").asLong()).isEqualTo(awardId);

        String carolIdentity = "{\"email\":\"carol@example.org\"}";
        Map<String, String> everyFilter = fields("user_identity", carolIdentity, "type", "received", "categories",
                "[" + baking + "]", "awarded_from", Long.toString(awardedAt), "awarded_to", Long.toString(awardedAt),
                "new", "1", "sort", "name", "order", "desc", "limit", "1", "offset", "0");
        assertThat(ids(server.call("find_achievements", carol, everyFilter).json().path("achievement")))
                .containsExactly(awardId);
        Map<String, String> elsewhere = new LinkedHashMap<>(everyFilter);
        elsewhere.put("categories", "[" + cooking + "]");
        assertThat(server.call("find_achievements", carol, elsewhere).json().path("achievement").size()).isZero();
        Map<String, String> later = new LinkedHashMap<>(everyFilter);
        later.put("awarded_from", Long.toString(awardedAt + 1));
        assertThat(server.call("find_achievements", carol, later).json().path("achievement").size()).isZero();
        Map<String, String> skipped = new LinkedHashMap<>(everyFilter);
        skipped.put("offset", "1");
        assertThat(server.call("find_achievements", carol, skipped).json().path("achievement").size()).isZero();
        assertThat(ids(server.call("find_achievements", ada, fields("type", "awarded", "sort", "id", "order",
                "asc")).json().path("achievement"))).containsExactly(awardId);

        HttpResponse<byte[]> export = server.callForFile("export_achievements", carol, fields("user_identity",
                carolIdentity, "achievement_ids", "[" + awardId + "]"));
        assertThat(export.headers().firstValue("Content-Type")).contains("application/zip");
        Map<String, Document> files = unzip(export.body());
        assertThat(files).containsOnlyKeys("achievement-" + awardId + ".xml");
        Element root = files.values().iterator().next().getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("achievement");
        assertThat(root.getNamespaceURI()).isEqualTo(AchievementXml.NAMESPACE);
        assertThat(root.getAttribute("id")).isEqualTo(Long.toString(awardId));
        assertThat(text(root, "award_date")).isEqualTo(Long.toString(awardedAt));
        assertThat(text(root, "name")).isEqualTo("Chef");
        assertThat(text(root, "email")).isEqualTo("carol@example.org");
        assertThat(((Element) root.getElementsByTagNameNS("*", "category").item(0)).getAttribute("id"))
                .isEqualTo(Long.toString(baking));
    }

    @Test
    void the_category_hierarchy_answers_all_five_relations_on_a_small_tree() {
        server.member("ada@example.org", "Ada");
        String ada = server.auth("ada@example.org");
        long root = server.category("Root", null);
        long b = server.category("B", root);
        long c = server.category("C", root);
        long d = server.category("D", root);
        long e = server.category("E", b);

        assertThat(relation(ada, e, "parents")).containsExactly(b, root);
        assertThat(relation(ada, root, "children")).containsExactly(b, c, d);
        assertThat(relation(ada, c, "siblings")).containsExactly(b, d);
        assertThat(relation(ada, b, "siblings-next")).containsExactly(c, d);
        assertThat(relation(ada, d, "siblings-prev")).containsExactly(b, c);
        assertThat(relation(ada, root, "parents")).isEmpty();
        assertThat(server.call("category_hierarchy", ada, fields("category_id", Long.toString(root), "relation",
                "cousins")).errorCode()).isEqualTo(12);
    }

    @Test
    void a_sub_account_is_acted_for_only_with_its_own_token() {
        server.member("ada@example.org", "Ada");
        String ada = server.auth("ada@example.org");
        long sub = server.call("create_user", ada, fields("email", "sub@example.org", "password",
                AchieveMintServer.PASSWORD, "name", "Sub")).json().at("/user/id").asLong();
        confirmByOperator(sub);
        String subToken = server.auth("sub@example.org");
        long template = server.call("create_template", ada, fields("title", "Helper")).json().at("/template/id")
                .asLong();
        approve(template);
        long offer = server.call("award", ada, fields("user_identity", "{\"id\":" + sub + "}", "template_id",
                Long.toString(template))).json().at("/offer/id").asLong();

        assertThat(server.call("accept_offer", ada, fields("id", Long.toString(offer))).errorCode())
                .as("the parent cannot answer the sub-account's offer").isEqualTo(40);
        long subTemplate = server.call("create_template", subToken, fields("title", "Sub's own")).json()
                .at("/template/id").asLong();
        assertThat(ids(server.call("find_templates", ada, fields("status", "draft")).json().path("templates")))
                .doesNotContain(subTemplate);
        assertThat(server.call("update_template", ada, fields("id", Long.toString(subTemplate), "title", "Mine"))
                .errorCode()).isEqualTo(40);
        assertThat(server.call("accept_offer", subToken, fields("id", Long.toString(offer))).errorCode()).isZero();
    }

    private List<Long> relation(String token, long category, String relation) {
        return ids(server.call("category_hierarchy", token, fields("category_id", Long.toString(category),
                "relation", relation)).json().path("categories"));
    }

    private static Map<String, Document> unzip(byte[] zip) throws Exception {
        Map<String, Document> files = new LinkedHashMap<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                        in.readAllBytes())));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    private static String text(Element root, String name) {
        return root.getElementsByTagNameNS("*", name).item(0).getTextContent();
    }
}
