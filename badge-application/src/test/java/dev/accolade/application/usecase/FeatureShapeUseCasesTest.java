package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.achievement.FindAchievementsQuery;
import dev.accolade.application.achievement.FindGrantsQuery;
import dev.accolade.application.achievement.GrantView;
import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.award.AwardView;
import dev.accolade.application.catalog.ListCatalogQuery;
import dev.accolade.application.catalog.NamedTemplateInput;
import dev.accolade.application.catalog.UpsertTemplatesCommand;
import dev.accolade.application.issuer.CreateApiKeyCommand;
import dev.accolade.application.issuer.CreateIssuerCommand;
import dev.accolade.application.issuer.CreatedApiKey;
import dev.accolade.application.issuer.ManagedIssuerQuery;
import dev.accolade.application.issuer.RevokeApiKeyCommand;
import dev.accolade.application.member.ClaimIdentityCommand;
import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.session.IdentitySignInCommand;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.application.template.FindTemplatesQuery;
import dev.accolade.application.template.PatchTemplateCommand;
import dev.accolade.application.template.TemplatePatch;
import dev.accolade.application.template.TemplateView;
import dev.accolade.application.template.UpdateTemplateCommand;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.identity.ExternalIdentity;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.identity.Namespace;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The use cases that take decisions out of the adapters: awards and offers listed together by
 * position, email visibility decided once, templates changed in part in one unit of work, issuers
 * reached only by who acts for them, members signed in by any identity, catalogs read whole.
 */
public abstract class FeatureShapeUseCasesTest extends UseCaseTest {

    private Issuer demo;
    private Issuer other;

    @BeforeEach
    void twoIssuers() {
        demo = issuer("demo");
        other = issuer("other");
    }

    private AwardOutcome give(Template template, Identity recipient) {
        AwardOutcome outcome = accolade.awards().award(AwardCommand.of(as(demo), template.id(), recipient));
        clock.advance(Duration.ofMinutes(1));
        return outcome;
    }

    @Test
    void an_issuer_lists_its_awards_and_pending_offers_together_newest_first_counted_by_position() {
        Template direct = published(demo, input("Direct", true, false));
        Template accepted = published(demo, input("Accepted", true, true));
        give(direct, Identity.email("a@example.org"));
        give(accepted, Identity.email("b@example.org"));
        give(direct, Identity.email("c@example.org"));

        Page<GrantView> all = accolade.achievements().findGrants(FindGrantsQuery.ofIssuer(as(demo), demo.id(),
                PageRequest.skipping(0, 10).withTotal()));
        Page<GrantView> second = accolade.achievements().findGrants(FindGrantsQuery.ofIssuer(as(demo), demo.id(),
                PageRequest.skipping(1, 1).withTotal()));

        assertThat(all.items()).extracting(view -> view.template().details().title())
                .containsExactly("Direct", "Accepted", "Direct");
        assertThat(all.items().get(1).grant()).isInstanceOf(Offer.class);
        assertThat(all.total()).hasValue(3);
        assertThat(second.items()).extracting(GrantView::grant).containsExactly(all.items().get(1).grant());
        assertThat(second.total()).hasValue(3);
        assertRefused(() -> accolade.achievements().findGrants(FindGrantsQuery.ofIssuer(as(other), demo.id(),
                PageRequest.skipping(0, 10))), "issuer_forbidden", ErrorCategory.FORBIDDEN);
    }

    @Test
    void a_member_lists_what_reached_it_with_its_offers_stripped_of_their_callbacks() {
        Template accepted = published(demo, input("Accepted", false, true));
        Member ada = member("ada@example.org");
        accolade.awards().award(AwardCommand.of(as(demo), accepted.id(), Identity.member(ada.id()))
                .callingBack("https://example.org/answers"));

        Page<GrantView> mine = accolade.achievements().findGrants(FindGrantsQuery.received(as(ada),
                PageRequest.skipping(0, 10).withTotal()));

        assertThat(mine.items()).singleElement().satisfies(view -> assertThat(((Offer) view.grant()).callback())
                .isEmpty());
        assertThat(mine.total()).hasValue(1);
        assertRefused(() -> accolade.achievements().findGrants(FindGrantsQuery.received(anonymous,
                PageRequest.skipping(0, 10))), "authentication_required");
    }

    @Test
    void an_email_address_is_shown_to_the_holder_the_awarding_issuer_and_whoever_named_it_and_nobody_else() {
        Template chef = published(demo, "Chef");
        Member ada = member("ada@example.org");
        Member bob = member("bob@example.org");
        give(chef, Identity.email("ada@example.org"));

        assertThat(visible(as(demo), Identity.member(ada.id()))).isTrue();
        assertThat(visible(as(ada), null)).isTrue();
        assertThat(visible(as(bob), Identity.email("ada@example.org"))).isTrue();
        assertThat(visible(as(bob), Identity.member(ada.id()))).isFalse();
        assertThat(visible(anonymous, Identity.member(ada.id()))).isFalse();
        assertThat(visible(as(other), Identity.member(ada.id()))).isFalse();
    }

    @Test
    void awards_and_offers_listed_together_show_the_address_to_the_holder_and_the_issuer_by_the_same_rule() {
        Template chef = published(demo, "Chef");
        Template sommelier = published(demo, input("Sommelier", false, true));
        Member ada = member("ada@example.org");
        Member bob = member("bob@example.org");
        give(chef, Identity.email("ada@example.org"));
        give(sommelier, Identity.email("ada@example.org"));

        List<GrantView> held = accolade.achievements().findGrants(FindGrantsQuery.received(as(ada),
                PageRequest.skipping(0, 10))).items();
        List<GrantView> issued = accolade.achievements().findGrants(FindGrantsQuery.ofIssuer(as(demo), demo.id(),
                PageRequest.skipping(0, 10))).items();

        assertThat(held).extracting(view -> view.grant().getClass().getSimpleName())
                .containsExactlyInAnyOrder("Award", "Offer");
        assertThat(held).allSatisfy(view -> assertThat(view.recipientEmailVisible()).as("to its holder").isTrue());
        assertThat(issued).hasSize(2)
                .allSatisfy(view -> assertThat(view.recipientEmailVisible()).as("to its issuer").isTrue());
        assertThat(visible(as(bob), Identity.member(ada.id()))).as("to one who neither holds it nor issued it")
                .isFalse();
        assertThat(visible(as(other), Identity.member(ada.id()))).as("to another issuer").isFalse();
        assertThat(accolade.achievements().findGrants(FindGrantsQuery.received(as(bob),
                PageRequest.skipping(0, 10))).items()).as("bob lists none of them").isEmpty();
    }

    private boolean visible(Actor actor, Identity owner) {
        List<AwardView> found = accolade.achievements().findAchievements(FindAchievementsQuery.receivedBy(actor,
                owner, PageRequest.first())).items();
        assertThat(found).hasSize(1);
        return found.get(0).recipientEmailVisible();
    }

    @Test
    void a_query_narrowed_to_some_awards_answers_only_the_owners_that_the_caller_may_read() {
        Template chef = published(demo, "Chef");
        Member ada = member("ada@example.org");
        Member bob = member("bob@example.org");
        Award adas = ((AwardOutcome.Awarded) give(chef, Identity.member(ada.id()))).award();
        Award bobs = ((AwardOutcome.Awarded) give(chef, Identity.member(bob.id()))).award();

        assertThat(exported(as(ada), null, adas, bobs)).containsExactly(adas);
        assertThat(exported(as(demo), Identity.member(ada.id()), adas, bobs)).containsExactly(adas);
        assertThat(exported(as(bob), Identity.member(ada.id()), adas)).isEmpty();
    }

    private List<Award> exported(Actor actor, Identity owner, Award... awards) {
        return accolade.achievements().findAchievements(FindAchievementsQuery.receivedBy(actor, owner,
                PageRequest.first()).onlyAwards(Set.of(awards).stream().map(Award::id)
                        .collect(Collectors.toSet()))).items().stream().map(AwardView::award)
                .toList();
    }

    @Test
    void a_patch_changes_only_what_it_names_and_may_send_the_template_to_review_in_one_unit_of_work() {
        Template draft = accolade.templates()
                .createTemplate(new CreateTemplateCommand(as(demo), demo.id(), input("Chef", false, false)
                .describedAs("Cooks"), false));

        Template patched = accolade.templates().patchTemplate(new PatchTemplateCommand(as(demo), draft.id(),
                TemplatePatch.none().title("Head chef"), true));

        assertThat(patched.details().title()).isEqualTo("Head chef");
        assertThat(patched.details().description()).isEqualTo("Cooks");
        assertThat(patched.status()).isEqualTo(TemplateStatus.PENDING_REVIEW);
        assertRefusedWithoutChange(() -> accolade.templates().patchTemplate(new PatchTemplateCommand(as(demo),
                draft.id(), TemplatePatch.none().description("x".repeat(1001)), false)), "description_too_long");
        assertRefused(() -> accolade.templates().patchTemplate(new PatchTemplateCommand(as(other), draft.id(),
                TemplatePatch.none().title("Mine"), false)), "template_not_found");
    }

    @Test
    void published_templates_read_by_their_issuer_show_the_live_version_while_an_edit_waits_for_review() {
        Template chef = published(demo, "Chef");
        accolade.templates().updateTemplate(new UpdateTemplateCommand(as(demo), chef.id(),
                input("Chef de cuisine", false, false)));
        Template draft = accolade.templates()
                .createTemplate(new CreateTemplateCommand(as(demo), demo.id(), input("Baker", false, false), false));

        List<TemplateView> published = accolade.templates().findTemplates(FindTemplatesQuery.all(as(demo),
                PageRequest.first()).ofIssuer(demo.id()).withStatus(TemplateStatus.PUBLISHED)).items();
        List<TemplateView> unfinished = accolade.templates().findTemplates(FindTemplatesQuery.all(as(demo),
                PageRequest.first()).ofIssuer(demo.id()).unpublished()).items();

        assertThat(published).singleElement().satisfies(view -> {
            assertThat(view.template().details().title()).isEqualTo("Chef");
            assertThat(view.template().status()).isEqualTo(TemplateStatus.PUBLISHED);
        });
        assertThat(unfinished).extracting(view -> view.template().details().title())
                .containsExactly("Chef de cuisine", draft.details().title());
    }

    @Test
    void an_issuer_is_reached_only_by_who_acts_for_it_and_reads_as_missing_to_others() {
        Member owner = member("owner@example.org");
        Issuer owned = accolade.issuers().createIssuer(new CreateIssuerCommand(as(owner), "owned", "Owned"));

        assertThat(accolade.issuers().getManagedIssuer(new ManagedIssuerQuery(as(demo), demo.id()))).isEqualTo(demo);
        assertThat(accolade.issuers().getManagedIssuer(new ManagedIssuerQuery(as(owner), owned.id())))
                .isEqualTo(owned);
        assertRefused(() -> accolade.issuers().getManagedIssuer(new ManagedIssuerQuery(as(other), demo.id())),
                "issuer_not_found", ErrorCategory.NOT_FOUND);
        assertRefused(() -> accolade.issuers().getManagedIssuer(new ManagedIssuerQuery(anonymous, demo.id())),
                "authentication_required");
    }

    @Test
    void a_key_revoked_through_another_issuer_reads_as_missing_and_stays_active() {
        CreatedApiKey key = accolade.apiKeys().createApiKey(new CreateApiKeyCommand(operator, demo.id(), "ci"));

        assertRefused(() -> accolade.apiKeys().revokeApiKey(new RevokeApiKeyCommand(operator, key.key().id())
                .ofIssuer(other.id())), "api_key_not_found");
        assertThat(accolade.apiKeys().authenticateApiKey(key.secret())).isEqualTo(demo);
        assertThat(accolade.apiKeys().revokeApiKey(new RevokeApiKeyCommand(operator, key.key().id())
                .ofIssuer(demo.id())).isActive()).isFalse();
    }

    @Test
    void a_member_signs_in_by_its_id_its_email_or_a_handle_it_holds_and_by_nothing_else() {
        Member ada = member("ada@example.org");
        ExternalIdentity steve = new ExternalIdentity(new Namespace("minecraft:survival"), "Steve");
        accolade.members().claimIdentity(new ClaimIdentityCommand(operator, ada.id(), steve));

        for (Identity identity : List.of(Identity.member(ada.id()), Identity.email("ADA@example.org"), steve)) {
            assertThat(accolade.sessions().signInByIdentity(new IdentitySignInCommand(identity, PASSWORD)).member()
                    .id()).as(identity.key()).isEqualTo(ada.id());
        }
        assertRefused(() -> accolade.sessions().signInByIdentity(new IdentitySignInCommand(Identity.member(ada.id()),
                "wrong password")), "invalid_credentials");
        assertRefused(() -> accolade.sessions().signInByIdentity(new IdentitySignInCommand(
                Identity.handle("minecraft:survival", "Alex"), PASSWORD)), "invalid_credentials");
    }

    @Test
    void a_catalog_is_read_whole_as_anyone_sees_it_in_the_order_it_was_made() {
        accolade.catalog().upsertTemplates(new UpsertTemplatesCommand(as(demo), demo.id(), List.of(
                new NamedTemplateInput("commenter", "Wrote a comment", Map.of()),
                new NamedTemplateInput("donor", null, Map.of()))));
        accolade.templates().createTemplate(new CreateTemplateCommand(as(demo),
                demo.id(), input("unpublished", false, false), false));

        List<TemplateView> catalog = accolade.catalog().listCatalog(new ListCatalogQuery(anonymous, demo.id()));

        assertThat(catalog).extracting(view -> view.template().details().title()).containsExactly("commenter",
                "donor");
        assertThat(accolade.catalog().listCatalog(new ListCatalogQuery(anonymous, other.id()))).isEmpty();
    }
}
