package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.member.MemberDetails;
import dev.accolade.application.member.RegisterMemberCommand;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.out.award.AwardQuery;
import dev.accolade.application.rule.EventInput;
import dev.accolade.application.rule.RecordEventsCommand;
import dev.accolade.application.rule.RecordedEvents;
import dev.accolade.application.template.RuleInput;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.rule.DayRange;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.template.Template;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Many callers at once: the store's constraints and the services' retries keep exactly one result. */
public abstract class RaceTest extends UseCaseTest {

    /** How many callers race. */
    protected static final int THREADS = 32;

    /** Runs the call on {@link #THREADS} threads released together; returns each result or failure. */
    protected static <T> List<Object> race(Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return call.call();
                    } catch (DomainException refused) {
                        return refused;
                    }
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Award> awards() {
        return store.transactions().readOnly(() -> store.awards().find(AwardQuery.all(), PageRequest.first(100))
                .items());
    }

    @Test
    void racing_awards_of_a_non_repeatable_template_to_one_identity_make_exactly_one() throws Exception {
        Issuer demo = issuer("demo");
        Template chef = published(demo, "Chef");

        List<Object> outcomes = race(() -> accolade.awards().award(AwardCommand.of(as(demo), chef.id(),
                Identity.email("ann@example.org"))));

        assertThat(awards()).hasSize(1);
        Award only = awards().get(0);
        assertThat(outcomes).filteredOn(AwardOutcome.Awarded.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(AwardOutcome.AlreadyAwarded.class::isInstance).hasSize(THREADS - 1)
                .allSatisfy(outcome -> assertThat(((AwardOutcome.AlreadyAwarded) outcome).award()).isEqualTo(only));
    }

    @Test
    void racing_awards_under_one_idempotency_key_make_one_award_and_the_same_outcome_for_all() throws Exception {
        Issuer demo = issuer("demo");
        Template donor = published(demo, input("Donor", true, false));
        AwardCommand command = AwardCommand.of(as(demo), donor.id(), Identity.email("ann@example.org"))
                .underKey("payment-42");

        List<Object> outcomes = race(() -> accolade.awards().award(command));

        assertThat(awards()).hasSize(1);
        assertThat(outcomes).containsOnly(new AwardOutcome.Awarded(awards().get(0)));
    }

    @Test
    void racing_registrations_of_one_email_register_it_once() throws Exception {
        List<Object> outcomes = race(() -> accolade.members().registerMember(new RegisterMemberCommand(Actor.operator(),
                new MemberDetails("ann@example.org",
                PASSWORD, "Ann", null, null))));

        assertThat(outcomes).filteredOn(DomainException.class::isInstance).hasSize(THREADS - 1)
                .allSatisfy(refusal -> assertThat(((DomainException) refusal).code()).isEqualTo("email_taken"));
    }

    @Test
    void racing_batches_of_events_count_each_id_once_and_award_a_crossed_rule_once() throws Exception {
        Issuer forum = issuer("forum");
        Template chatty = published(forum, input("Chatty", false, false)
                .withRule(RuleInput.threshold("comments", THREADS / 2)));
        AtomicInteger next = new AtomicInteger();

        List<Object> results = race(() -> accolade.rules().recordEvents(new RecordEventsCommand(as(forum),
                forum.id(), List.of(new EventInput("c" + next.getAndIncrement(), "handle:forum/steve", "comments",
                        null, null), new EventInput("shared", "handle:forum/steve", "comments", null, null)))));

        assertThat(results).allMatch(RecordedEvents.class::isInstance);
        List<RecordedEvents> recorded = results.stream().map(RecordedEvents.class::cast).toList();
        assertThat(recorded.stream().mapToInt(RecordedEvents::recorded).sum()).isEqualTo(THREADS + 1);
        assertThat(recorded.stream().mapToInt(result -> result.awards().size()).sum()).isEqualTo(1);
        assertThat(store.transactions().readOnly(() -> store.metricCounters().total(forum.id(),
                Identity.parse("handle:forum/steve"), new Metric("comments")))).isEqualTo(THREADS + 1);
        assertThat(awards()).singleElement().satisfies(award -> assertThat(award.grant().template())
                .isEqualTo(chatty.id()));
    }

    @Test
    void racing_first_events_of_the_same_subjects_on_several_metrics_count_each_subject_once() throws Exception {
        Issuer forum = issuer("forum");
        AtomicInteger next = new AtomicInteger();

        List<Object> results = race(() -> {
            int n = next.getAndIncrement();
            return accolade.rules().recordEvents(new RecordEventsCommand(as(forum), forum.id(), IntStream.range(0, 10)
                    .mapToObj(subject -> new EventInput("r" + n + "-" + subject, "handle:forum/p" + subject,
                            "metric" + n % 3, null, null)).toList()));
        });

        assertThat(results).allMatch(RecordedEvents.class::isInstance);
        assertThat(store.transactions().readOnly(() -> store.scores().subjectCount(forum.id()))).isEqualTo(10);
        assertThat(store.transactions().readOnly(() -> store.metricCounters().total(forum.id(),
                Identity.parse("handle:forum/p3"), new Metric("metric0")))).isEqualTo((THREADS + 2) / 3);
    }

    @Test
    void events_racing_a_streak_rules_job_leave_each_subjects_day_sums_equal_to_its_events() throws Exception {
        Issuer forum = issuer("forum");
        Instant now = clock.peek();
        List<EventInput> all = new ArrayList<>();
        AtomicInteger next = new AtomicInteger();
        Function<Integer, List<EventInput>> batch = size -> IntStream.range(0, size).mapToObj(i -> {
            int n = next.getAndIncrement();
            return new EventInput("l" + n, "handle:forum/p" + n % 600, "login", 1L + n % 3,
                    now.minus(Duration.ofDays(n % 5)));
        }).toList();
        List<EventInput> before = batch.apply(1_200);
        accolade.rules().recordEvents(new RecordEventsCommand(as(forum), forum.id(), before.subList(0, 600)));
        accolade.rules().recordEvents(new RecordEventsCommand(as(forum), forum.id(), before.subList(600, 1_200)));
        all.addAll(before);
        published(forum, ruled("Regular", RuleInput.streakOfDays("login", 30)));
        AtomicInteger turn = new AtomicInteger();

        List<Object> results = race(() -> {
            if (turn.getAndIncrement() % 2 == 0) {
                return accolade.rules().runRuleJobs();
            }
            List<EventInput> events = batch.apply(20);
            synchronized (all) {
                all.addAll(events);
            }
            return accolade.rules().recordEvents(new RecordEventsCommand(as(forum), forum.id(), events));
        });
        runAll(accolade);

        assertThat(results).noneMatch(DomainException.class::isInstance);
        Map<String, Map<LocalDate, Long>> expected = all.stream().collect(Collectors.groupingBy(EventInput::subject,
                Collectors.groupingBy(event -> LocalDate.ofInstant(event.occurredAt(), ZoneOffset.UTC),
                        Collectors.summingLong(EventInput::value))));
        DayRange days = new DayRange(LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(10),
                LocalDate.ofInstant(now, ZoneOffset.UTC));
        expected.forEach((subject, sums) -> assertThat(store.transactions().readOnly(() -> store.metricCounters()
                .days(forum.id(), Identity.parse(subject), new Metric("login"), days))).as(subject).isEqualTo(sums));
    }
}
