package dev.accolade.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.rule.RuleJob;
import dev.accolade.domain.rule.ThresholdRule;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.testdata.TestData;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store promises about retroactive jobs: one per template, kept whole, claimed by one at a time. */
public abstract class RuleJobRepositoryContract extends StoreContract {

    private static final Instant T0 = Instant.parse("2026-03-01T09:30:00.123456Z");
    private static final Instant LATER = T0.plusSeconds(60);

    private Issuer issuer;
    private Template template;

    @BeforeEach
    void storeTemplate() {
        issuer = savedIssuer();
        template = saved(TestData.published(issuer.id(), TestData.details().build()));
    }

    private RuleJob job(Template of) {
        return RuleJob.start(of.id(), issuer.id(), new ThresholdRule(new Metric("comments"), 5), T0);
    }

    @Test
    void a_job_is_kept_whole_and_replaced_by_the_templates_next() {
        RuleJob advanced = job(template).advanced("handle:forum/steve", 500, 7).claimedUntil(LATER);
        write(() -> store.ruleJobs().save(advanced));

        assertThat(read(() -> store.ruleJobs().find(template.id()))).contains(advanced);

        RuleJob finished = advanced.finished(LATER);
        write(() -> store.ruleJobs().save(finished));
        assertThat(read(() -> store.ruleJobs().find(template.id()))).contains(finished);
        RuleJob restarted = job(template);
        write(() -> store.ruleJobs().save(restarted));
        assertThat(read(() -> store.ruleJobs().find(template.id()))).contains(restarted);
    }

    @Test
    void an_open_job_is_claimed_once_until_its_claim_lapses_and_a_finished_one_never() {
        Template done = saved(TestData.published(issuer.id(), TestData.details().build()));
        write(() -> {
            store.ruleJobs().save(job(template));
            store.ruleJobs().save(job(done).finished(T0));
        });

        assertThat(inTransaction(() -> store.ruleJobs().claimNext(T0, LATER))).get()
                .extracting(RuleJob::template).isEqualTo(template.id());
        assertThat(inTransaction(() -> store.ruleJobs().claimNext(T0.plusSeconds(30), LATER))).isEmpty();
        assertThat(read(() -> store.ruleJobs().find(template.id())).orElseThrow().claimedUntil()).contains(LATER);
        assertThat(inTransaction(() -> store.ruleJobs().claimNext(LATER.plusSeconds(1), LATER.plusSeconds(60))))
                .isPresent();
    }
}
