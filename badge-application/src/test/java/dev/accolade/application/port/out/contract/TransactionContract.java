package dev.accolade.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.testdata.TestData;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every store promises about units of work: commit all, roll back all on anything thrown and
 * rethrow it unchanged, nested units joining the outer one, and read-only units that cannot write.
 */
public abstract class TransactionContract extends StoreContract {

    /** A failure of the work itself, as a use case would throw it. */
    private static final class WorkFailed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        WorkFailed() {
            super("the work failed");
        }
    }

    /** A JVM-level failure, which must roll back like any other. */
    private static final class Fatal extends Error {

        private static final long serialVersionUID = 1L;

        Fatal() {
            super("fatal");
        }
    }

    static Stream<Throwable> everyKindOfFailure() {
        return Stream.of(new WorkFailed(), new Fatal(), new IOException("checked, thrown past the compiler"));
    }

    /** Throws any throwable, checked ones included, from code that declares none, as some libraries do. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void throwAny(Throwable failure) throws E {
        throw (E) failure;
    }

    private Optional<Issuer> issuer(Issuer issuer) {
        return read(() -> store.issuers().findById(issuer.id()));
    }

    @Test
    void a_transaction_commits_every_write_and_returns_the_works_result() {
        Issuer issuer = TestData.issuer();
        Member member = TestData.member();

        String result = inTransaction(() -> {
            store.issuers().insert(issuer);
            store.members().insert(member);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(issuer(issuer)).contains(issuer);
        assertThat(read(() -> store.members().findById(member.id()))).contains(member);
    }

    @Test
    void a_transaction_sees_its_own_writes_before_it_commits() {
        Issuer issuer = TestData.issuer();

        Optional<Issuer> seen = inTransaction(() -> {
            store.issuers().insert(issuer);
            return store.issuers().findBySlug(issuer.slug());
        });

        assertThat(seen).contains(issuer);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfFailure")
    void anything_thrown_rolls_the_transaction_back_and_is_rethrown_unchanged(Throwable failure) {
        Issuer issuer = TestData.issuer();
        Member member = TestData.member();

        assertThatThrownBy(() -> inTransaction(() -> {
            store.issuers().insert(issuer);
            store.members().insert(member);
            throwAny(failure);
            return null;
        })).isSameAs(failure);

        assertThat(issuer(issuer)).isEmpty();
        assertThat(read(() -> store.members().findById(member.id()))).isEmpty();
    }

    @Test
    void the_store_works_on_after_a_rollback_as_if_the_failed_work_never_ran() {
        Issuer issuer = TestData.issuer();
        assertThatThrownBy(() -> write(() -> {
            store.issuers().insert(issuer);
            throw new WorkFailed();
        })).isInstanceOf(WorkFailed.class);

        saved(issuer);

        assertThat(issuer(issuer)).contains(issuer);
    }

    @Test
    void a_nested_transaction_joins_the_outer_one_and_sees_its_writes() {
        Issuer outer = TestData.issuer();
        Issuer inner = TestData.issuer();

        Optional<Issuer> seenInside = inTransaction(() -> {
            store.issuers().insert(outer);
            return inTransaction(() -> {
                store.issuers().insert(inner);
                return store.issuers().findById(outer.id());
            });
        });

        assertThat(seenInside).contains(outer);
        assertThat(issuer(outer)).contains(outer);
        assertThat(issuer(inner)).contains(inner);
    }

    @Test
    void a_nested_transaction_that_returned_is_rolled_back_with_the_outer_one() {
        Issuer outer = TestData.issuer();
        Issuer inner = TestData.issuer();
        WorkFailed failure = new WorkFailed();

        assertThatThrownBy(() -> write(() -> {
            store.issuers().insert(outer);
            write(() -> store.issuers().insert(inner));
            throw failure;
        })).isSameAs(failure);

        assertThat(issuer(outer)).isEmpty();
        assertThat(issuer(inner)).isEmpty();
    }

    @Test
    void a_failure_in_a_nested_transaction_rolls_back_the_whole_unit_when_it_propagates() {
        Issuer outer = TestData.issuer();
        Issuer inner = TestData.issuer();
        WorkFailed failure = new WorkFailed();

        assertThatThrownBy(() -> write(() -> {
            store.issuers().insert(outer);
            write(() -> {
                store.issuers().insert(inner);
                throw failure;
            });
        })).isSameAs(failure);

        assertThat(issuer(outer)).isEmpty();
        assertThat(issuer(inner)).isEmpty();
    }

    @Test
    void a_read_only_unit_returns_its_result_and_sees_the_committed_state() {
        Issuer issuer = savedIssuer();

        assertThat(read(() -> store.issuers().findBySlug(issuer.slug()))).contains(issuer);
    }

    @Test
    void a_read_only_unit_on_another_thread_sees_the_committed_state() {
        Issuer issuer = savedIssuer();

        Optional<Issuer> seen = CompletableFuture.supplyAsync(() -> read(() -> store.issuers().findById(issuer.id())))
                .join();

        assertThat(seen).contains(issuer);
    }

    @Test
    void a_read_only_unit_inside_a_transaction_joins_it_and_sees_its_writes() {
        Issuer issuer = TestData.issuer();

        Optional<Issuer> seen = inTransaction(() -> {
            store.issuers().insert(issuer);
            return read(() -> store.issuers().findById(issuer.id()));
        });

        assertThat(seen).contains(issuer);
    }

    @Test
    void a_failure_in_a_read_only_unit_is_rethrown_unchanged() {
        WorkFailed failure = new WorkFailed();

        assertThatThrownBy(() -> read(() -> {
            throw failure;
        })).isSameAs(failure);
    }

    @Test
    void a_write_inside_a_read_only_unit_fails_and_changes_nothing() {
        Issuer issuer = TestData.issuer();

        assertThatThrownBy(() -> read(() -> {
            store.issuers().insert(issuer);
            return null;
        })).isInstanceOf(RuntimeException.class);

        assertThat(issuer(issuer)).isEmpty();
    }

    @Test
    void a_write_inside_a_read_only_unit_fails_even_after_reads() {
        Issuer existing = savedIssuer();
        Issuer issuer = TestData.issuer();

        assertThatThrownBy(() -> read(() -> {
            store.issuers().findById(existing.id());
            store.issuers().insert(issuer);
            return null;
        })).isInstanceOf(RuntimeException.class);

        assertThat(issuer(issuer)).isEmpty();
        assertThat(issuer(existing)).contains(existing);
    }
}
