package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.achievement.FindAchievementsQuery;
import dev.accolade.application.achievement.FindGrantsQuery;
import dev.accolade.application.achievement.GrantView;
import dev.accolade.application.achievement.RecipientSummary;
import dev.accolade.application.achievement.SummarizeRecipientsQuery;
import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.award.AwardReference;
import dev.accolade.application.award.AwardView;
import dev.accolade.application.catalog.ListCatalogQuery;
import dev.accolade.application.issuer.CreateIssuerCommand;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.rule.EventInput;
import dev.accolade.application.rule.ProgressQuery;
import dev.accolade.application.rule.RecordEventsCommand;
import dev.accolade.application.rule.TemplateProgress;
import dev.accolade.application.template.FindTemplatesQuery;
import dev.accolade.application.template.RuleInput;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateView;
import dev.accolade.application.template.UpdateTemplateCommand;
import dev.accolade.domain.award.AwardId;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.score.Rarity;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateStatus;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hidden templates: concealed from those who neither act for the issuer nor hold them, in template reads,
 * lists, progress, the catalog, and the templates of award lists, award reads, grants and recipient summaries;
 * whether a template is hidden is part of its content, so it goes through review.
 */
public abstract class HiddenTemplateUseCasesTest extends UseCaseTest {

    private static final String ADA = "email:ada@example.org";

    private Issuer forum;
    private Member ada;
    private Template secret;

    @BeforeEach
    void aHiddenTemplate() {
        forum = issuer("forum");
        ada = member("ada@example.org");
        secret = published(forum, input("Secret", false, false).withCriteria("Find the cave")
                .withRule(RuleInput.threshold("caves", 1)).hidden(true));
    }

    private TemplateView seenBy(Actor viewer) {
        return accolade.templates().getTemplate(new TemplateCommand(viewer, secret.id()));
    }

    private List<TemplateView> listedFor(Actor viewer) {
        return accolade.templates().findTemplates(FindTemplatesQuery.all(viewer, PageRequest.first())
                .ofIssuer(forum.id())).items();
    }

    private List<TemplateProgress> progress(Actor reader) {
        return accolade.rules().getProgress(new ProgressQuery(reader, forum.id(), ADA));
    }

    @Test
    void a_member_who_does_not_hold_it_an_outsider_and_another_issuer_see_it_concealed() {
        Issuer other = issuer("other");

        assertThat(seenBy(as(ada)).concealed()).isTrue();
        assertThat(seenBy(anonymous).concealed()).isTrue();
        assertThat(seenBy(as(other)).concealed()).isTrue();
        assertThat(seenBy(as(ada)).template().id()).isEqualTo(secret.id());
        assertThat(listedFor(as(ada))).extracting(TemplateView::concealed).containsExactly(true);
    }

    @Test
    void the_issuer_its_owner_and_the_operator_always_see_it_whole() {
        Member owner = member("owner@example.org");
        Issuer owned = accolade.issuers().createIssuer(new CreateIssuerCommand(as(owner), "owned", "Owned"));
        Template mine = published(owned, input("Mine", false, false).hidden(true));

        assertThat(seenBy(as(forum)).concealed()).isFalse();
        assertThat(seenBy(operator).concealed()).isFalse();
        assertThat(seenBy(as(forum)).template().details().hidden()).isTrue();
        assertThat(accolade.templates().getTemplate(new TemplateCommand(as(owner), mine.id())).concealed())
                .isFalse();
        assertThat(listedFor(as(forum))).extracting(TemplateView::concealed).containsExactly(false);
    }

    @Test
    void a_member_sees_it_whole_once_it_holds_it_and_others_still_do_not() {
        accolade.awards().award(AwardCommand.of(as(forum), secret.id(), Identity.parse(ADA)));

        assertThat(seenBy(as(ada)).concealed()).isFalse();
        assertThat(listedFor(as(ada))).extracting(TemplateView::concealed).containsExactly(false);
        assertThat(seenBy(as(member("bob@example.org"))).concealed()).isTrue();
    }

    @Test
    void a_template_that_is_not_hidden_is_shown_whole_to_anyone() {
        Template open = published(forum, "Open");

        assertThat(accolade.templates().getTemplate(new TemplateCommand(anonymous, open.id())).concealed())
                .isFalse();
    }

    @Test
    void hiding_a_published_template_waits_for_review_and_the_live_version_stays_visible() {
        Template open = published(forum, "Open");

        Template edited = accolade.templates().updateTemplate(new UpdateTemplateCommand(as(forum), open.id(),
                input("Open", false, false).hidden(true)));

        assertThat(edited.status()).isEqualTo(TemplateStatus.PENDING_REVIEW);
        assertThat(accolade.templates().getTemplate(new TemplateCommand(as(ada), open.id())).concealed()).isFalse();
        accolade.moderation().approveTemplate(new TemplateCommand(operator, open.id()));
        assertThat(accolade.templates().getTemplate(new TemplateCommand(as(ada), open.id())).concealed()).isTrue();
    }

    @Test
    void progress_conceals_a_hidden_template_the_subject_does_not_hold_but_not_from_the_issuer() {
        assertThat(progress(as(ada))).extracting(TemplateProgress::concealed).containsExactly(true);
        assertThat(progress(as(forum))).extracting(TemplateProgress::concealed).containsExactly(false);

        accolade.rules().recordEvents(new RecordEventsCommand(as(forum), forum.id(),
                List.of(new EventInput("cave-1", ADA, "caves", null, null))));

        List<TemplateProgress> earned = progress(as(ada));
        assertThat(earned).extracting(TemplateProgress::concealed).containsExactly(false);
        assertThat(earned.get(0).progress().held()).isTrue();
        assertThat(earned.get(0).title()).isEqualTo("Secret");
    }

    private List<AwardView> received(Actor reader, Identity owner) {
        return accolade.achievements().findAchievements(FindAchievementsQuery.receivedBy(reader, owner,
                PageRequest.first())).items();
    }

    private RecipientSummary.TemplateTally tally(Actor reader, Identity recipient) {
        return accolade.achievements().summarizeRecipients(new SummarizeRecipientsQuery(reader, forum.id(),
                List.of(recipient))).templates().get(0);
    }

    @Test
    void award_lists_award_reads_and_recipient_summaries_say_whom_the_template_is_concealed_from() {
        Identity steve = Identity.parse("handle:forum/steve");
        accolade.awards().award(AwardCommand.of(as(forum), secret.id(), Identity.parse(ADA)));
        accolade.awards().award(AwardCommand.of(as(forum), secret.id(), steve));
        Member bob = member("bob@example.org");

        assertThat(received(as(ada), Identity.parse(ADA))).extracting(AwardView::templateConcealed)
                .containsExactly(false);
        assertThat(received(as(bob), Identity.parse(ADA))).extracting(AwardView::templateConcealed)
                .containsExactly(true);
        assertThat(received(as(forum), Identity.parse(ADA))).extracting(AwardView::templateConcealed)
                .containsExactly(false);
        AwardId award = received(as(ada), Identity.parse(ADA)).get(0).award().id();
        assertThat(accolade.awards().getAward(new AwardReference(as(ada), award)).templateConcealed()).isFalse();
        assertThat(accolade.awards().getAward(new AwardReference(as(forum), award)).templateConcealed()).isFalse();
        assertThat(tally(anonymous, steve).concealed()).isTrue();
        assertThat(tally(as(forum), steve).concealed()).isFalse();
        assertThat(tally(as(forum), steve).rarity()).isEqualTo(new Rarity(2, 2));
    }

    @Test
    void a_pending_offer_conceals_its_hidden_template_from_its_recipient_but_not_from_the_issuer() {
        Template offered = published(forum, input("Offered", false, true).hidden(true));
        accolade.awards().award(AwardCommand.of(as(forum), offered.id(), Identity.parse(ADA)));

        assertThat(accolade.achievements().findGrants(FindGrantsQuery.received(as(ada), PageRequest.first()))
                .items()).extracting(GrantView::templateConcealed).containsExactly(true);
        assertThat(accolade.achievements().findGrants(FindGrantsQuery.ofIssuer(as(forum), forum.id(),
                PageRequest.first())).items()).extracting(GrantView::templateConcealed).containsExactly(false);
    }

    @Test
    void the_catalog_conceals_it_from_a_public_read_but_not_from_the_issuer() {
        assertThat(accolade.catalog().listCatalog(new ListCatalogQuery(anonymous, forum.id())))
                .extracting(TemplateView::concealed).containsExactly(true);
        assertThat(accolade.catalog().listCatalog(new ListCatalogQuery(as(forum), forum.id())))
                .extracting(TemplateView::concealed).containsExactly(false);
    }
}
