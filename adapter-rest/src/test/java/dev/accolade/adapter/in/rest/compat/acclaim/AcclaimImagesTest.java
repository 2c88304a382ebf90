package dev.accolade.adapter.in.rest.compat.acclaim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimIds.Kind;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Organization;
import dev.accolade.adapter.in.rest.compat.acclaim.AcclaimWorld.Reply;
import dev.accolade.adapter.out.openbadges.BadgeImages;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.ImageInput;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Badge templates and issued badges point {@code image_url} at a picture a client can fetch: the badge image the
 * server serves for the template, drawn when it has no icon and its uploaded icon when it has one.
 */
class AcclaimImagesTest {

    private final AcclaimWorld world = AcclaimWorld.servingImages();
    private final Organization org = world.organization("fencing");
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void a_template_without_an_icon_and_its_issued_badges_point_at_the_picture_the_server_draws() {
        String template = world.activeTemplate(org, "Fencer");
        String image = badgeImage(template);

        Reply read = world.get(org.path() + "/badge_templates/" + template, org.token());
        Reply issued = issue(template);
        Reply listed = world.get(org.path() + "/badges", org.token());

        assertThat(read.json().at("/data/image_url").asText()).isEqualTo(image);
        assertThat(issued.json().at("/data/image_url").asText()).isEqualTo(image);
        assertThat(listed.json().at("/data/0/image_url").asText()).isEqualTo(image);
        HttpResponse<byte[]> picture = fetch(image);
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/png");
        assertThat(picture.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    @Test
    void an_uploaded_icon_is_linked_at_the_badge_image_url_served_as_uploaded_and_kept_when_sent_back() {
        byte[] icon = new BadgeImages().defaultPng("Uploaded", "Fencing");
        String template = uploaded("Fencer", icon);
        String image = badgeImage(template);

        Reply read = world.get(org.path() + "/badge_templates/" + template, org.token());
        Reply issued = issue(template);
        Reply sentBack = world.json("PUT", org.path() + "/badge_templates/" + template, org.token(),
                "{\"description\":\"Won a bout\",\"image_url\":\"" + image + "\"}");

        assertThat(read.json().at("/data/image_url").asText()).isEqualTo(image).doesNotContain("blob:");
        assertThat(issued.json().at("/data/image_url").asText()).isEqualTo(image);
        assertThat(sentBack.status()).as(sentBack.raw().body()).isEqualTo(200);
        assertThat(sentBack.json().at("/data/image_url").asText()).isEqualTo(image);
        assertThat(fetch(image).body()).isEqualTo(icon);
    }

    private Reply issue(String template) {
        Reply issued = world.json("POST", org.path() + "/badges", org.token(),
                "{\"badge_template_id\":\"" + template + "\",\"recipient_email\":\"ada@example.org\"}");
        assertThat(issued.status()).as(issued.raw().body()).isEqualTo(201);
        return issued;
    }

    /** An active template of the organization whose icon was uploaded as these bytes. */
    private String uploaded(String name, byte[] png) {
        Actor issuer = Actor.issuer(org.issuer().id());
        Template draft = world.accolade.templates().createTemplate(new CreateTemplateCommand(issuer,
                org.issuer().id(), TemplateInput.titled(name).withIcon(new ImageInput("png", null,
                        Base64.getEncoder().encodeToString(png))), true));
        Template live = world.accolade.moderation().approveTemplate(new TemplateCommand(Actor.operator(),
                draft.id()));
        return AcclaimIds.format(Kind.BADGE_TEMPLATE, live.id().value());
    }

    /** The Open Badges 2.0 image URL of the template with this Acclaim id, under the server's public URL. */
    private String badgeImage(String template) {
        TemplateId id = new TemplateId(AcclaimIds.parse(Kind.BADGE_TEMPLATE, template).orElseThrow());
        Template found = world.accolade.templates().getTemplate(new TemplateCommand(Actor.operator(), id))
                .template();
        return world.publicUrl() + "/ob/v2/badges/" + found.publicId().value() + "/image";
    }

    private HttpResponse<byte[]> fetch(String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
