package dev.accolade.adapter.out.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.application.Accolade;
import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.achievement.FindAchievementsQuery;
import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.award.AwardView;
import dev.accolade.application.issuer.CreateIssuerCommand;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.support.NoOpenBadges;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.common.PublicId;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.template.Template;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What docs/embedding.md promises: a JVM application uses Accolade with only badge-application and
 * adapter-memory on its class path.
 */
class EmbeddingTest {

    @Test
    void an_application_awards_and_lists_through_the_in_memory_entry_point() {
        Accolade accolade = Accolade.inMemory();
        Actor operator = Actor.operator();

        Issuer chefs = accolade.issuers().createIssuer(new CreateIssuerCommand(operator, "topchefs", "Top Chefs"));
        Template recipe = accolade.templates().createTemplate(new CreateTemplateCommand(operator, chefs.id(),
                TemplateInput.titled("First recipe"), true));
        accolade.moderation().approveTemplate(new TemplateCommand(operator, recipe.id()));
        AwardOutcome outcome = accolade.awards().award(AwardCommand.of(Actor.issuer(chefs.id()), recipe.id(),
                Identity.handle("userbadges:topchefs", "daniel")));
        List<AwardView> achievements = accolade.achievements()
                .findAchievements(FindAchievementsQuery.receivedBy(operator,
                Identity.handle("userbadges:topchefs", "daniel"), PageRequest.first())).items();

        assertThat(outcome).isInstanceOf(AwardOutcome.Awarded.class);
        assertThat(achievements).singleElement()
                .satisfies(view -> assertThat(view.template().details().title()).isEqualTo("First recipe"));
        PublicId credential = ((AwardOutcome.Awarded) outcome).award().credential().id();
        assertThat(chefs.credentialBase()).as("a local default public URL pins nothing").isEmpty();
        assertThatThrownBy(() -> accolade.openBadgeDocuments().assertion(credential))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo(NoOpenBadges.OPEN_BADGES_UNAVAILABLE));
    }

    @Test
    void the_guide_names_every_facade_the_entry_point_hands_out_and_no_other() throws IOException {
        String guide = Files.readString(Path.of("..", "docs", "embedding.md"));
        String list = guide.substring(guide.indexOf("one facade per feature"), guide.indexOf("```java"));

        List<String> named = Pattern.compile("`(\\w+)\\(\\)`").matcher(list).results().map(match -> match.group(1))
                .toList();
        List<String> facades = Arrays.stream(Accolade.class.getDeclaredMethods())
                .filter(method -> !Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0)
                .map(Method::getName).toList();

        assertThat(named).containsExactlyInAnyOrderElementsOf(facades);
    }

    @Test
    void the_class_path_holds_no_web_database_or_json_library() {
        for (String absent : List.of("io.javalin.Javalin", "org.jdbi.v3.core.Jdbi",
                "com.fasterxml.jackson.databind.ObjectMapper", "org.h2.Driver")) {
            assertThatThrownBy(() -> Class.forName(absent)).isInstanceOf(ClassNotFoundException.class);
        }
    }
}
