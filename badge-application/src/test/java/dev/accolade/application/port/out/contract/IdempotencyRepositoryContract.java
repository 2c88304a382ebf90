package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static dev.accolade.application.port.out.contract.ContractData.plusMicros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.application.port.out.UniqueConstraintViolation;
import dev.accolade.application.port.out.award.IdempotencyRecord.OutcomeKind;
import dev.accolade.application.port.out.award.IdempotencyRecord;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.testdata.TestData;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store promises about idempotency records: kept exactly, one per issuer and key. */
public abstract class IdempotencyRepositoryContract extends StoreContract {

    private static final String FINGERPRINT = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private IssuerId issuer;

    @BeforeEach
    void storeIssuer() {
        issuer = savedIssuer().id();
    }

    private IdempotencyRecord saved(IdempotencyRecord record) {
        write(() -> store.idempotency().insert(record));
        return record;
    }

    private static IdempotencyRecord record(IssuerId issuer, String key, OutcomeKind outcome) {
        return new IdempotencyRecord(issuer, key, FINGERPRINT, outcome, TestData.nextId(), plusMicros(at(1), 271_828));
    }

    @Test
    void a_record_of_every_outcome_comes_back_equal() {
        for (OutcomeKind outcome : OutcomeKind.values()) {
            IdempotencyRecord record = saved(record(issuer, "key-" + outcome, outcome));

            assertThat(read(() -> store.idempotency().find(issuer, "key-" + outcome))).contains(record);
        }
    }

    @Test
    void an_unknown_key_finds_no_record() {
        saved(record(issuer, "known", OutcomeKind.AWARDED));

        assertThat(read(() -> store.idempotency().find(issuer, "unknown"))).isEmpty();
    }

    @Test
    void a_key_already_recorded_for_the_issuer_is_refused_with_idempotency_key_taken_and_changes_nothing() {
        IdempotencyRecord first = saved(record(issuer, "retry-me", OutcomeKind.OFFERED));
        IdempotencyRecord second = new IdempotencyRecord(issuer, "retry-me", "another fingerprint",
                OutcomeKind.AWARDED, TestData.nextId(), at(2));

        assertThatThrownBy(() -> write(() -> store.idempotency().insert(second)))
                .isInstanceOfSatisfying(UniqueConstraintViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("idempotency_key_taken"));

        assertThat(read(() -> store.idempotency().find(issuer, "retry-me"))).contains(first);
    }

    @Test
    void records_sent_together_come_back_each_under_its_key() {
        List<IdempotencyRecord> batch = List.of(record(issuer, "bulk 0", OutcomeKind.AWARDED),
                record(issuer, "bulk 1", OutcomeKind.ALREADY_AWARDED), record(issuer, "bulk 2", OutcomeKind.OFFERED));

        write(() -> store.idempotency().insertAll(batch));

        batch.forEach(record -> assertThat(read(() -> store.idempotency().find(issuer, record.key())))
                .contains(record));
    }

    @Test
    void records_sent_together_with_one_key_taken_are_refused_with_idempotency_key_taken_and_none_is_kept() {
        IdempotencyRecord first = saved(record(issuer, "taken", OutcomeKind.AWARDED));
        List<IdempotencyRecord> batch = List.of(record(issuer, "free", OutcomeKind.AWARDED),
                new IdempotencyRecord(issuer, "taken", "another fingerprint", OutcomeKind.AWARDED, TestData.nextId(),
                        at(2)));

        assertThatThrownBy(() -> write(() -> store.idempotency().insertAll(batch)))
                .isInstanceOfSatisfying(UniqueConstraintViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("idempotency_key_taken"));

        assertThat(read(() -> store.idempotency().find(issuer, "taken"))).contains(first);
        assertThat(read(() -> store.idempotency().find(issuer, "free"))).isEmpty();
    }

    @Test
    void the_same_key_is_free_for_another_issuer() {
        IssuerId other = savedIssuer().id();
        IdempotencyRecord mine = saved(record(issuer, "shared-key", OutcomeKind.AWARDED));
        IdempotencyRecord theirs = saved(record(other, "shared-key", OutcomeKind.ALREADY_AWARDED));

        assertThat(read(() -> store.idempotency().find(issuer, "shared-key"))).contains(mine);
        assertThat(read(() -> store.idempotency().find(other, "shared-key"))).contains(theirs);
    }

    @Test
    void keys_are_compared_exactly_with_case() {
        IdempotencyRecord lower = saved(record(issuer, "key-a", OutcomeKind.AWARDED));
        IdempotencyRecord upper = saved(record(issuer, "KEY-A", OutcomeKind.OFFERED));

        assertThat(read(() -> store.idempotency().find(issuer, "key-a"))).contains(lower);
        assertThat(read(() -> store.idempotency().find(issuer, "KEY-A"))).contains(upper);
        assertThat(read(() -> store.idempotency().find(issuer, "key-%"))).isEmpty();
    }

    @Test
    void a_fresh_key_is_claimed_and_the_outcome_recorded_in_the_same_unit_completes_it() {
        IdempotencyRecord record = record(issuer, "claimed", OutcomeKind.AWARDED);

        write(() -> {
            assertThat(store.idempotency().claim(issuer, "claimed")).isEmpty();
            store.idempotency().insert(record);
        });

        assertThat(read(() -> store.idempotency().find(issuer, "claimed"))).contains(record);
    }

    @Test
    void claiming_a_recorded_key_gives_the_record_and_changes_nothing() {
        IdempotencyRecord first = saved(record(issuer, "recorded", OutcomeKind.OFFERED));

        write(() -> assertThat(store.idempotency().claim(issuer, "recorded")).contains(first));

        assertThat(read(() -> store.idempotency().find(issuer, "recorded"))).contains(first);
    }

    @Test
    void a_claim_in_a_unit_that_fails_leaves_the_key_free() {
        assertThatThrownBy(() -> write(() -> {
            store.idempotency().claim(issuer, "abandoned");
            throw new IllegalStateException("the award failed");
        })).hasMessage("the award failed");

        assertThat(read(() -> store.idempotency().find(issuer, "abandoned"))).isEmpty();
        IdempotencyRecord later = saved(record(issuer, "abandoned", OutcomeKind.AWARDED));
        assertThat(read(() -> store.idempotency().find(issuer, "abandoned"))).contains(later);
    }
}
