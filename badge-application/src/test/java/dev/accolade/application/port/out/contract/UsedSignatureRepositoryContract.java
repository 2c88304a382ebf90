package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.application.port.out.UniqueConstraintViolation;
import dev.accolade.application.port.out.issuer.UsedSignature;
import dev.accolade.domain.issuer.IssuerId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store promises about used signatures: each once per issuer, forgotten once its window closed. */
public abstract class UsedSignatureRepositoryContract extends StoreContract {

    private static final String SHA1 = "a1e4f33efa89af62351ec7582ca97f1f592541bb";
    private static final String SHA256 = "5d41402abc4b2a76b9719d911017c5925d41402abc4b2a76b9719d911017c592";

    private IssuerId issuer;

    @BeforeEach
    void storeIssuer() {
        issuer = savedIssuer().id();
    }

    private void insert(UsedSignature used) {
        write(() -> store.usedSignatures().insert(used));
    }

    @Test
    void a_signature_already_recorded_for_the_issuer_is_refused_with_signature_already_used() {
        insert(new UsedSignature(issuer, SHA1, at(10)));

        assertThatThrownBy(() -> insert(new UsedSignature(issuer, SHA1, at(20))))
                .isInstanceOfSatisfying(UniqueConstraintViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("signature_already_used"));
    }

    @Test
    void the_same_signature_is_free_for_another_issuer_and_another_signature_for_the_same() {
        IssuerId other = savedIssuer().id();
        insert(new UsedSignature(issuer, SHA1, at(10)));

        insert(new UsedSignature(other, SHA1, at(10)));
        insert(new UsedSignature(issuer, SHA256, at(10)));

        assertThat(inTransaction(() -> store.usedSignatures().deleteExpired(at(11)))).isEqualTo(3);
    }

    @Test
    void only_signatures_whose_window_closed_before_now_are_forgotten_and_may_then_be_recorded_again() {
        insert(new UsedSignature(issuer, SHA1, at(10)));
        insert(new UsedSignature(issuer, SHA256, at(12)));

        assertThat(inTransaction(() -> store.usedSignatures().deleteExpired(at(10)))).isZero();
        assertThat(inTransaction(() -> store.usedSignatures().deleteExpired(at(11)))).isEqualTo(1);

        insert(new UsedSignature(issuer, SHA1, at(30)));
        assertThatThrownBy(() -> insert(new UsedSignature(issuer, SHA256, at(30))))
                .isInstanceOf(UniqueConstraintViolation.class);
    }
}
