package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.application.port.out.UniqueConstraintViolation;
import dev.accolade.application.port.out.award.AwardQuery;
import dev.accolade.application.port.out.award.IdempotencyRecord;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardStatistics;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.testdata.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every store promises under concurrent units of work: a unique constraint lets exactly one of
 * many racing writers win and refuses the others with {@link UniqueConstraintViolation}, writes that do
 * not collide all land, and no unit sees another's uncommitted writes.
 */
@Timeout(60)
public abstract class ConcurrencyContract extends StoreContract {

    private static final int THREADS = 32;

    /**
     * Runs each writer in its own unit of work on its own thread, all released at once, and returns what
     * each one threw, or null when it committed.
     */
    private List<Throwable> race(int writers, IntFunction<Runnable> writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch ready = new CountDownLatch(writers);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Throwable>> outcomes = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Runnable work = writer.apply(i);
                outcomes.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        write(work);
                        return null;
                    } catch (RuntimeException failure) {
                        return failure;
                    }
                }));
            }
            ready.await();
            go.countDown();
            List<Throwable> thrown = new ArrayList<>();
            for (Future<Throwable> outcome : outcomes) {
                thrown.add(outcome.get(30, TimeUnit.SECONDS));
            }
            return thrown;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOneWinner(List<Throwable> outcomes, String code) {
        assertThat(outcomes).filteredOn(outcome -> outcome == null).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> outcome != null).hasSize(outcomes.size() - 1)
                .allSatisfy(outcome -> assertThat(outcome).isInstanceOfSatisfying(UniqueConstraintViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo(code)));
    }

    @Test
    void racing_awards_of_a_non_repeatable_template_to_one_recipient_leave_exactly_one() throws Exception {
        Template template = savedTemplate(savedIssuer().id());
        Identity recipient = Identity.handle("minecraft:s", "steve");
        List<Award> candidates = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            candidates.add(TestData.award(template, recipient, Optional.empty(), at(i)));
        }

        List<Throwable> outcomes = race(THREADS, i -> () -> store.awards().insert(candidates.get(i)));

        assertOneWinner(outcomes, "award_already_exists");
        Award winner = candidates.get(outcomes.indexOf(null));
        assertThat(walk(100, page -> store.awards().find(AwardQuery.all().withTemplate(template.id())
                .includingRevoked(true), page))).containsExactly(winner);
    }

    @Test
    void racing_pending_offers_of_a_non_repeatable_template_to_one_recipient_leave_exactly_one() throws Exception {
        Template template = savedTemplate(savedIssuer().id());
        Identity recipient = Identity.email("x@example.org");
        List<Offer> candidates = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            candidates.add(TestData.offer(template, recipient, Optional.empty(), at(i)));
        }

        List<Throwable> outcomes = race(THREADS, i -> () -> store.offers().insert(candidates.get(i)));

        assertOneWinner(outcomes, "offer_already_pending");
        Offer winner = candidates.get(outcomes.indexOf(null));
        assertThat(read(() -> store.offers().findUndelivered(List.of(recipient)))).containsExactly(winner);
    }

    @Test
    void racing_uses_of_one_idempotency_key_leave_exactly_one_record() throws Exception {
        Issuer issuer = savedIssuer();
        List<IdempotencyRecord> candidates = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            candidates.add(new IdempotencyRecord(issuer.id(), "same-key", "fingerprint-" + i,
                    IdempotencyRecord.OutcomeKind.AWARDED, TestData.nextId(), at(i)));
        }

        List<Throwable> outcomes = race(THREADS, i -> () -> store.idempotency().insert(candidates.get(i)));

        assertOneWinner(outcomes, "idempotency_key_taken");
        assertThat(read(() -> store.idempotency().find(issuer.id(), "same-key")))
                .contains(candidates.get(outcomes.indexOf(null)));
    }

    @Test
    void concurrent_writes_that_do_not_collide_all_land() throws Exception {
        Template template = savedRepeatableTemplate(savedIssuer().id());
        int perWriter = 20;

        List<Throwable> outcomes = race(16, i -> () -> {
            for (int n = 0; n < perWriter; n++) {
                store.awards().insert(TestData.award(template, Identity.handle("minecraft:s", "player" + i),
                        Optional.empty(), at(n)));
            }
        });

        assertThat(outcomes).containsOnlyNulls();
        assertThat(read(() -> store.awards().statistics(List.of(template.id()))))
                .isEqualTo(Map.of(template.id(), new AwardStatistics(16L * perWriter, Optional.of(at(perWriter - 1)))));
    }

    @Test
    void a_unit_of_work_never_sees_another_ones_uncommitted_writes() throws Exception {
        Issuer issuer = TestData.issuer();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> writer = pool.submit(() -> write(() -> {
                store.issuers().insert(issuer);
                written.countDown();
                awaitQuietly(release);
            }));
            assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Optional<Issuer>> reader = pool.submit(() -> read(() -> store.issuers().findById(issuer.id())));
            boolean readBeforeCommit = awaitDone(reader);
            if (readBeforeCommit) {
                assertThat(reader.get()).as("read while the writer was still open").isEmpty();
            }
            release.countDown();
            writer.get(30, TimeUnit.SECONDS);
            reader.get(30, TimeUnit.SECONDS);
            assertThat(read(() -> store.issuers().findById(issuer.id()))).contains(issuer);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static boolean awaitDone(Future<?> future) throws InterruptedException {
        for (int i = 0; i < 20 && !future.isDone(); i++) {
            Thread.sleep(10);
        }
        return future.isDone();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
