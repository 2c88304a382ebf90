package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.template.Rating;
import dev.accolade.domain.template.RatingSummary;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import dev.accolade.domain.template.TemplateRating;
import dev.accolade.domain.testdata.TestData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store promises about ratings: one per member and template, averaged to one decimal. */
public abstract class TemplateRatingRepositoryContract extends StoreContract {

    private Template rated;
    private Template other;
    private Member ada;
    private Member bob;
    private Member cy;

    @BeforeEach
    void storeTemplatesAndRaters() {
        Issuer issuer = savedIssuer();
        rated = savedTemplate(issuer.id());
        other = savedTemplate(issuer.id());
        ada = savedMember();
        bob = savedMember();
        cy = savedMember();
    }

    private void rate(Template template, Member member, double difficulty, double credibility) {
        write(() -> store.ratings().save(new TemplateRating(template.id(), member.id(),
                new Rating(difficulty), new Rating(credibility), at(1))));
    }

    private Map<TemplateId, RatingSummary> summarize(TemplateId... templates) {
        return read(() -> store.ratings().summarize(List.of(templates)));
    }

    @Test
    void the_summary_averages_every_members_rating_to_one_decimal() {
        rate(rated, ada, 1.0, 0.5);
        rate(rated, bob, 2.0, 5.0);
        rate(rated, cy, 2.5, 4.0);

        assertThat(summarize(rated.id())).isEqualTo(Map.of(rated.id(), new RatingSummary(3, 1.8, 3.2)));
    }

    @Test
    void a_members_second_rating_replaces_the_first() {
        rate(rated, ada, 1.0, 1.0);
        rate(rated, bob, 3.0, 3.0);

        rate(rated, ada, 5.0, 3.0);

        assertThat(summarize(rated.id())).isEqualTo(Map.of(rated.id(), new RatingSummary(2, 4.0, 3.0)));
    }

    @Test
    void templates_are_summarized_separately_and_only_when_asked() {
        rate(rated, ada, 4.0, 2.0);
        rate(other, ada, 1.0, 1.0);
        rate(other, bob, 2.0, 2.0);

        assertThat(summarize(rated.id(), other.id())).isEqualTo(Map.of(rated.id(), new RatingSummary(1, 4.0, 2.0),
                other.id(), new RatingSummary(2, 1.5, 1.5)));
        assertThat(summarize(other.id())).isEqualTo(Map.of(other.id(), new RatingSummary(2, 1.5, 1.5)));
    }

    @Test
    void unrated_templates_are_absent_from_the_summary() {
        rate(rated, ada, 4.0, 2.0);

        assertThat(summarize(other.id(), new TemplateId(TestData.nextId()))).isEmpty();
        assertThat(summarize()).isEmpty();
    }

    @Test
    void extreme_scores_are_kept() {
        rate(rated, ada, 0.0, 5.0);
        rate(rated, bob, 0.0, 5.0);

        assertThat(summarize(rated.id())).isEqualTo(Map.of(rated.id(), new RatingSummary(2, 0.0, 5.0)));
    }

    @Test
    void deleting_a_templates_ratings_leaves_the_other_templates_ratings() {
        rate(rated, ada, 4.0, 2.0);
        rate(rated, bob, 4.0, 2.0);
        rate(other, ada, 1.0, 1.0);

        write(() -> store.ratings().deleteByTemplate(rated.id()));

        assertThat(summarize(rated.id(), other.id())).isEqualTo(Map.of(other.id(), new RatingSummary(1, 1.0, 1.0)));
    }

    @Test
    void a_template_rated_again_after_its_ratings_were_deleted_starts_afresh() {
        rate(rated, ada, 4.0, 2.0);
        write(() -> store.ratings().deleteByTemplate(rated.id()));

        rate(rated, ada, 1.0, 3.0);

        assertThat(summarize(rated.id())).isEqualTo(Map.of(rated.id(), new RatingSummary(1, 1.0, 3.0)));
    }
}
