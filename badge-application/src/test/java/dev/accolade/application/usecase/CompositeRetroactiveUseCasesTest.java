package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.Accolade;
import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.award.RevokeAwardCommand;
import dev.accolade.application.rule.RuleQuery;
import dev.accolade.application.rule.RuleStatus;
import dev.accolade.application.template.RuleInput;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.UpdateTemplateCommand;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.award.AwardSource;
import dev.accolade.domain.event.AwardGranted;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.rule.RuleJob;
import dev.accolade.domain.template.Template;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retroactive awarding of composite rules: a composite that goes live (or changes) awards, by the same resumable,
 * idempotent and visible job as a metric rule, every subject who already holds enough of the templates it names,
 * dated when the subject came to hold enough of them.
 */
public abstract class CompositeRetroactiveUseCasesTest extends UseCaseTest {

    private static final String STEVE = "handle:forum/steve";
    private static final String ALEX = "handle:forum/alex";
    private static final String BOB = "email:bob@example.org";

    private Issuer forum;
    private Template first;
    private Template second;
    private Template third;

    @BeforeEach
    void anIssuerAndThreeTemplates() {
        forum = issuer("forum");
        first = published(forum, "First");
        second = published(forum, "Second");
        third = published(forum, "Third");
    }

    private Award give(Template template, String subject) {
        clock.advance(Duration.ofHours(1));
        return ((AwardOutcome.Awarded) accolade.awards().award(AwardCommand.of(as(forum), template.id(),
                Identity.parse(subject)))).award();
    }

    private RuleStatus status(Template template) {
        return accolade.rules().getRule(new RuleQuery(as(forum), template.id()));
    }

    private List<Long> ids(Template... templates) {
        return List.of(templates).stream().map(template -> template.id().value()).toList();
    }

    @Test
    void a_composite_published_later_awards_those_who_hold_enough_dated_when_they_came_to_hold_enough() {
        give(first, STEVE);
        Instant secondHeld = give(third, STEVE).awardedAt();
        give(second, ALEX);
        give(first, BOB);
        Award revoked = give(second, BOB);
        accolade.awards().revokeAward(new RevokeAwardCommand(as(forum), revoked.id(), "Given by mistake"));
        clock.advance(Duration.ofDays(3));

        Template two = published(forum, ruled("Two of three", RuleInput.anyOf(ids(first, second, third), 2)));
        RuleJob scheduled = status(two).job().orElseThrow();
        assertThat(scheduled.open()).isTrue();
        assertThat(scheduled.rule()).startsWith("any_of 2 of ");

        assertThat(runAll(accolade)).isEqualTo(3);

        Award award = held(two, STEVE).orElseThrow();
        assertThat(award.awardedAt()).isEqualTo(secondHeld);
        assertThat(award.source()).isEqualTo(new AwardSource.FromRule(scheduled.rule()));
        assertThat(store.transactions().readOnly(() -> store.ruleAwards().qualifiedAt(two.id(),
                Identity.parse(STEVE)))).contains(secondHeld);
        assertThat(held(two, ALEX)).isEmpty();
        assertThat(held(two, BOB)).isEmpty();
        RuleJob finished = status(two).job().orElseThrow();
        assertThat(finished.open()).isFalse();
        assertThat(finished.examined()).isEqualTo(3);
        assertThat(finished.awarded()).isEqualTo(1);
        assertThat(finished.finishedAt()).isPresent();
    }

    @Test
    void holders_walked_page_by_page_are_awarded_once_whichever_instance_runs_the_job() {
        IntStream.range(0, 600).forEach(i -> {
            give(first, "handle:forum/p" + i);
            if (i % 2 == 0) {
                give(second, "handle:forum/p" + i);
            }
        });
        Template both = published(forum, ruled("Both", RuleInput.allOf(ids(first, second))));
        Accolade secondInstance = assembled(AccoladeSettings.DEFAULT);
        events.clear();

        int examined = runAll(secondInstance) + runAll(accolade);

        assertThat(examined).isEqualTo(600);
        assertThat(delivered(AwardGranted.class)).hasSize(300)
                .allSatisfy(granted -> assertThat(granted.award().grant().template()).isEqualTo(both.id()));
        assertThat(status(both).job().orElseThrow().awarded()).isEqualTo(300);
        assertThat(runAll(accolade)).isZero();
    }

    @Test
    void a_changed_composite_restarts_the_job_and_awards_nobody_twice() {
        give(first, STEVE);
        give(second, STEVE);
        give(first, ALEX);
        Template crown = published(forum, ruled("Crown", RuleInput.anyOf(ids(first, second), 2)));
        runAll(accolade);
        assertThat(held(crown, STEVE)).isPresent();
        assertThat(held(crown, ALEX)).isEmpty();

        accolade.templates().updateTemplate(new UpdateTemplateCommand(as(forum), crown.id(),
                ruled("Crown", RuleInput.anyOf(ids(first, second), 1))));
        accolade.moderation().approveTemplate(new TemplateCommand(operator, crown.id()));
        assertThat(status(crown).job().orElseThrow().rule()).startsWith("any_of 1 of ");
        events.clear();
        runAll(accolade);

        assertThat(delivered(AwardGranted.class)).extracting(granted -> granted.award().grant().recipient().key())
                .containsExactly(ALEX);
        RuleJob job = status(crown).job().orElseThrow();
        assertThat(job.examined()).isEqualTo(2);
        assertThat(job.awarded()).isEqualTo(1);
    }
}
