package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static dev.accolade.application.port.out.contract.ContractData.award;
import static dev.accolade.application.port.out.contract.ContractData.plusMicros;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.port.out.award.RecipientStatistics;
import dev.accolade.domain.award.AwardStatistics;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import dev.accolade.domain.testdata.TestData;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store promises about award statistics: counts and latest times over live awards per
 * template and per recipient, and an issuer's most recent recipients.
 */
public abstract class AwardStatisticsContract extends StoreContract {

    private IssuerId issuer;
    private IssuerId otherIssuer;
    private Template cake;
    private Template pie;
    private Template foreign;
    private Identity ada;
    private Identity steve;

    @BeforeEach
    void storeTemplatesAndRecipients() {
        issuer = savedIssuer().id();
        otherIssuer = savedIssuer().id();
        cake = savedRepeatableTemplate(issuer);
        pie = savedRepeatableTemplate(issuer);
        foreign = savedRepeatableTemplate(otherIssuer);
        Member member = savedMember();
        ada = Identity.member(member.id());
        steve = Identity.handle("minecraft:s", "steve");
    }

    private static AwardStatistics stats(long count, Instant latest) {
        return new AwardStatistics(count, Optional.of(latest));
    }

    private void revoked(Template template, Identity recipient, Instant at) {
        saved(award(template, recipient, at).revoke("mistake", at.plusSeconds(1)));
    }

    @Test
    void statistics_count_the_live_awards_of_each_template_and_their_latest_time() {
        Instant latest = plusMicros(at(30), 999);
        saved(award(cake, ada, latest));
        saved(award(cake, steve, at(10)));
        saved(award(cake, ada, at(20)));
        revoked(cake, steve, at(40));
        saved(award(pie, steve, at(5)));

        assertThat(read(() -> store.awards().statistics(List.of(cake.id(), pie.id()))))
                .isEqualTo(Map.of(cake.id(), stats(3, latest), pie.id(), stats(1, at(5))));
    }

    @Test
    void templates_never_awarded_or_only_revoked_are_absent_from_the_statistics() {
        revoked(pie, ada, at(1));
        saved(award(foreign, ada, at(1)));

        assertThat(read(() -> store.awards().statistics(List.of(cake.id(), pie.id(),
                new TemplateId(TestData.nextId()))))).isEmpty();
        assertThat(read(() -> store.awards().statistics(List.of()))).isEmpty();
    }

    @Test
    void statistics_cover_only_the_templates_asked_for() {
        saved(award(cake, ada, at(1)));
        saved(award(pie, ada, at(2)));

        assertThat(read(() -> store.awards().statistics(List.of(pie.id()))))
                .isEqualTo(Map.of(pie.id(), stats(1, at(2))));
    }

    @Test
    void recipient_statistics_count_an_issuers_live_awards_per_recipient_and_template() {
        saved(award(cake, ada, at(10)));
        saved(award(cake, ada, plusMicros(at(20), 5)));
        saved(award(pie, ada, at(15)));
        saved(award(cake, steve, at(12)));
        revoked(pie, steve, at(30));
        saved(award(foreign, ada, at(50)));
        saved(award(cake, Identity.email("other@example.org"), at(60)));

        assertThat(read(() -> store.awards().recipientStatistics(issuer, List.of(ada, steve))))
                .containsExactlyInAnyOrder(new RecipientStatistics(ada, cake.id(), stats(2, plusMicros(at(20), 5))),
                        new RecipientStatistics(ada, pie.id(), stats(1, at(15))),
                        new RecipientStatistics(steve, cake.id(), stats(1, at(12))));
    }

    @Test
    void recipient_statistics_of_no_recipients_or_of_unawarded_ones_are_empty() {
        saved(award(cake, ada, at(10)));
        revoked(pie, steve, at(10));
        saved(award(foreign, steve, at(10)));

        assertThat(read(() -> store.awards().recipientStatistics(issuer, List.of()))).isEmpty();
        assertThat(read(() -> store.awards().recipientStatistics(issuer, List.of(steve)))).isEmpty();
    }

    @Test
    void recent_recipients_are_an_issuers_distinct_recipients_newest_first() {
        Identity email = Identity.email("x@example.org");
        saved(award(cake, ada, at(10)));
        saved(award(cake, steve, at(20)));
        saved(award(pie, ada, at(30)));
        saved(award(cake, email, at(5)));
        saved(award(foreign, Identity.email("foreign@example.org"), at(40)));

        assertThat(read(() -> store.awards().recentRecipients(issuer, 10))).containsExactly(ada, steve, email);
    }

    @Test
    void recent_recipients_are_limited_to_the_newest_few() {
        saved(award(cake, ada, at(10)));
        saved(award(cake, steve, at(20)));
        saved(award(pie, Identity.email("x@example.org"), at(30)));
        saved(award(pie, steve, at(40)));

        assertThat(read(() -> store.awards().recentRecipients(issuer, 2)))
                .containsExactly(steve, Identity.email("x@example.org"));
        assertThat(read(() -> store.awards().recentRecipients(issuer, 1))).containsExactly(steve);
    }

    @Test
    void an_issuer_that_awarded_nothing_has_no_recent_recipients() {
        saved(award(foreign, ada, at(10)));

        assertThat(read(() -> store.awards().recentRecipients(issuer, 10))).isEmpty();
    }
}
