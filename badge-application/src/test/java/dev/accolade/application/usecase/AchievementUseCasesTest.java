package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.achievement.AchievementRole;
import dev.accolade.application.achievement.FindAchievementsQuery;
import dev.accolade.application.achievement.RecipientSummary;
import dev.accolade.application.achievement.SummarizeRecipientsQuery;
import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.award.AwardReference;
import dev.accolade.application.award.AwardView;
import dev.accolade.application.award.RevokeAwardCommand;
import dev.accolade.application.category.CreateCategoryCommand;
import dev.accolade.application.issuer.CreateIssuerCommand;
import dev.accolade.application.paging.AwardSort;
import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TimeWindow;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.application.template.UpdateTemplateCommand;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TitleSearch;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Listing achievements by owner, and summarising what an issuer awarded to whom. */
public abstract class AchievementUseCasesTest extends UseCaseTest {

    private Issuer demo;

    @BeforeEach
    void anIssuer() {
        demo = issuer("demo");
    }

    private Award award(Template template, Identity recipient) {
        AwardOutcome outcome = accolade.awards().award(AwardCommand.of(as(demo), template.id(), recipient));
        clock.advance(Duration.ofMinutes(1));
        return ((AwardOutcome.Awarded) outcome).award();
    }

    private FindAchievementsQuery received(Actor actor, Identity owner) {
        return FindAchievementsQuery.receivedBy(actor, owner, PageRequest.first());
    }

    private static List<String> titles(Page<AwardView> page) {
        return page.items().stream().map(view -> view.template().details().title()).toList();
    }

    @Test
    void a_members_achievements_include_what_reached_every_identity_it_claims_newest_first() {
        Template chef = published(demo, "Chef");
        Template baker = published(demo, "Baker");
        award(chef, Identity.email("ann@example.org"));
        Member ann = member("ann@example.org");
        award(baker, Identity.member(ann.id()));

        assertThat(titles(accolade.achievements().findAchievements(received(as(ann), null)))).containsExactly("Baker",
                "Chef");
        assertThat(titles(accolade.achievements().findAchievements(received(anonymous,
                Identity.email("ANN@example.org")))))
                .containsExactly("Baker", "Chef");
    }

    @Test
    void an_identity_nobody_claims_lists_what_was_addressed_to_it() {
        Template chef = published(demo, "Chef");
        award(chef, Identity.handle("minecraft:survival", "Steve"));

        assertThat(titles(accolade.achievements().findAchievements(received(operator,
                Identity.handle("minecraft:survival", "Steve"))))).containsExactly("Chef");
        assertThat(accolade.achievements().findAchievements(received(operator, Identity.handle("minecraft:survival",
                "Alex")))
                .items()).isEmpty();
    }

    @Test
    void achievements_are_filtered_by_category_time_and_newness_and_revoked_ones_are_gone() {
        CategoryId kitchen = accolade.categories().createCategory(new CreateCategoryCommand(operator, "Kitchen", null,
                null)).id();
        Template chef = published(demo, new TemplateInput("Chef", null, null, List.of(kitchen), null, null, null,
                null, false, false, false));
        Template baker = published(demo, "Baker");
        Template waiter = published(demo, "Waiter");
        Member ann = member("ann@example.org");
        Award first = award(chef, Identity.member(ann.id()));
        Award second = award(baker, Identity.member(ann.id()));
        Award third = award(waiter, Identity.member(ann.id()));
        accolade.awards().markAwardViewed(new AwardReference(as(ann), second.id()));
        accolade.awards().revokeAward(new RevokeAwardCommand(as(demo), third.id(), "mistake"));

        assertThat(titles(accolade.achievements().findAchievements(query(ann, Set.of(kitchen), null, null, false))))
                .containsExactly("Chef");
        assertThat(titles(accolade.achievements().findAchievements(query(ann, null, second.awardedAt(), null, false))))
                .containsExactly("Baker");
        assertThat(titles(accolade.achievements().findAchievements(query(ann, null, null, second.awardedAt(), false))))
                .containsExactly("Chef");
        assertThat(titles(accolade.achievements().findAchievements(query(ann, null, null, null,
                true)))).containsExactly("Chef");
        assertThat(first.isNew()).isTrue();
    }

    @Test
    void a_title_search_finds_achievements_by_the_live_title_never_by_one_in_review() {
        Template chef = published(demo, "Chef");
        Template baker = published(demo, "Bäker");
        Identity steve = Identity.handle("minecraft:survival", "Steve");
        award(chef, steve);
        award(baker, steve);
        accolade.templates().updateTemplate(new UpdateTemplateCommand(as(demo), chef.id(), input("Chef, embargoed",
                false,
                false)));

        assertThat(titles(accolade.achievements().findAchievements(titled(anonymous, steve, "EMBARGO")))).isEmpty();
        assertThat(titles(accolade.achievements().findAchievements(titled(as(demo), steve, "embargo")))).isEmpty();
        assertThat(titles(accolade.achievements().findAchievements(titled(anonymous, steve,
                "chef")))).containsExactly("Chef");
        assertThat(titles(accolade.achievements().findAchievements(titled(anonymous, steve,
                "BÄK")))).containsExactly("Bäker");
    }

    private static FindAchievementsQuery titled(Actor actor, Identity owner, String text) {
        return FindAchievementsQuery.receivedBy(actor, owner, PageRequest.first()).titled(new TitleSearch(text));
    }

    private FindAchievementsQuery query(Member member, Set<CategoryId> categories, Instant from, Instant before,
            boolean newOnly) {
        return FindAchievementsQuery.receivedBy(as(member), null, PageRequest.first()).inCategories(categories)
                .awardedWithin(TimeWindow.between(from, before)).newOnly(newOnly);
    }

    @Test
    void achievements_sort_by_name_and_page_without_gaps_or_repeats() {
        Template donor = published(demo, input("Donor", true, false));
        Template amateur = published(demo, input("Amateur", true, false));
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            expected.add(award(amateur, Identity.email("ann@example.org")).id().value());
        }
        for (int i = 0; i < 3; i++) {
            expected.add(award(donor, Identity.email("ann@example.org")).id().value());
        }

        List<Long> listed = new ArrayList<>();
        PageRequest page = PageRequest.first(4);
        while (true) {
            Page<AwardView> result = accolade.achievements()
                    .findAchievements(FindAchievementsQuery.receivedBy(operator, Identity.email("ann@example.org"),
                    page).sortedBy(AwardSort.NAME, SortDirection.ASC));
            result.items().forEach(view -> listed.add(view.award().id().value()));
            if (!result.hasNext()) {
                break;
            }
            page = PageRequest.after(result.next().get(), 4);
        }

        assertThat(listed).containsExactlyElementsOf(expected);
    }

    @Test
    void what_a_member_awarded_through_the_issuers_it_owns_is_listed_as_awarded() {
        Member ada = member("ada@example.org");
        Issuer personal = accolade.issuers().createIssuer(new CreateIssuerCommand(as(ada), "ada", "Ada"));
        Template thanks = published(personal, "Thanks");
        accolade.awards().award(AwardCommand.of(as(ada), thanks.id(), Identity.email("bob@example.org")));
        award(published(demo, "Chef"), Identity.email("bob@example.org"));

        Page<AwardView> given = accolade.achievements()
                .findAchievements(FindAchievementsQuery.receivedBy(as(ada), null, PageRequest.first())
                .inRole(AchievementRole.AWARDED));
        Page<AwardView> givenByKey = accolade.achievements()
                .findAchievements(FindAchievementsQuery.receivedBy(as(demo), null, PageRequest.first())
                .inRole(AchievementRole.AWARDED));

        assertThat(titles(given)).containsExactly("Thanks");
        assertThat(titles(givenByKey)).containsExactly("Chef");
    }

    @Test
    void a_summary_counts_per_recipient_and_per_template_with_the_latest_times() {
        Template donated = published(demo, input("donated", true, false));
        Template test = published(demo, input("test", true, false));
        Identity bob = Identity.handle("userbadges:demo", "bob");
        Identity daniel = Identity.handle("userbadges:demo", "daniel");
        award(donated, bob);
        award(donated, daniel);
        award(test, bob);
        Award latest = award(donated, bob);

        RecipientSummary summary = accolade.achievements().summarizeRecipients(new SummarizeRecipientsQuery(anonymous,
                demo.id(),
                List.of(bob, daniel, Identity.handle("userbadges:demo", "nobody"))));

        assertThat(summary.templates()).extracting(t -> t.template().details().title(), t -> t.statistics().count())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("donated", 3L),
                        org.assertj.core.groups.Tuple.tuple("test", 1L));
        RecipientSummary.RecipientTally bobs = summary.recipients().get(0);
        assertThat(bobs.recipient()).isEqualTo(bob);
        assertThat(bobs.awards()).extracting(h -> h.statistics().count()).containsExactly(2L, 1L);
        assertThat(bobs.latest()).contains(latest.awardedAt());
        assertThat(summary.recipients().get(2).awards()).isEmpty();
        assertThat(summary.recipients().get(2).latest()).isEmpty();
    }

    @Test
    void a_summary_without_recipients_covers_the_most_recent_ones() {
        Template donated = published(demo, input("donated", true, false));
        award(donated, Identity.handle("userbadges:demo", "bob"));
        award(donated, Identity.handle("userbadges:demo", "daniel"));

        RecipientSummary summary = accolade.achievements().summarizeRecipients(new SummarizeRecipientsQuery(anonymous,
                demo.id(),
                null));

        assertThat(summary.recipients()).extracting(RecipientSummary.RecipientTally::recipient)
                .containsExactly(Identity.handle("userbadges:demo", "daniel"),
                        Identity.handle("userbadges:demo", "bob"));
        assertRefused(() -> accolade.achievements().summarizeRecipients(new SummarizeRecipientsQuery(anonymous,
                new IssuerId(999_999),
                null)),
                "issuer_not_found");
    }

    @Test
    void outside_the_issuer_a_summary_shows_handles_but_never_email_addresses_or_member_ids() {
        Template donated = published(demo, input("donated", true, false));
        award(donated, Identity.handle("userbadges:demo", "bob"));
        award(donated, Identity.email("carol@example.org"));

        RecipientSummary publicWall = accolade.achievements()
                .summarizeRecipients(new SummarizeRecipientsQuery(anonymous, demo.id(),
                null));
        RecipientSummary issuerView = accolade.achievements()
                .summarizeRecipients(new SummarizeRecipientsQuery(as(demo), demo.id(),
                null));

        assertThat(publicWall.recipients()).extracting(RecipientSummary.RecipientTally::recipient)
                .containsExactly(Identity.handle("userbadges:demo", "bob"));
        assertThat(issuerView.recipients()).hasSize(2);
        assertRefused(() -> accolade.achievements().summarizeRecipients(new SummarizeRecipientsQuery(anonymous,
                demo.id(),
                List.of(Identity.email("carol@example.org")))), "recipient_not_public");
    }

    @Test
    void only_the_holder_the_issuer_and_the_operator_see_which_awards_are_new() {
        Template chef = published(demo, "Chef");
        Member ann = member("ann@example.org");
        award(chef, Identity.member(ann.id()));
        FindAchievementsQuery unseenByAnn = FindAchievementsQuery.receivedBy(as(member("bob@example.org")),
                Identity.member(ann.id()), PageRequest.first()).newOnly(true);

        assertRefused(() -> accolade.achievements().findAchievements(unseenByAnn), "new_only_for_holder");
        assertThat(accolade.achievements().findAchievements(query(ann, null, null, null, true)).items()).hasSize(1);
        assertThat(accolade.achievements()
                .findAchievements(FindAchievementsQuery.receivedBy(as(demo), null, PageRequest.first())
                .inRole(AchievementRole.AWARDED).newOnly(true)).items()).hasSize(1);
    }
}
