package dev.accolade.domain.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class RarityTest {

    @Test
    void rarity_is_the_share_of_subjects_who_hold_it_to_four_places() {
        assertThat(new Rarity(4, 100).share()).isEqualTo(0.04);
        assertThat(new Rarity(1, 3).share()).isEqualTo(0.3333);
        assertThat(new Rarity(3, 3).share()).isEqualTo(1.0);
    }

    @Test
    void an_issuer_without_subjects_has_nothing_rare() {
        assertThat(Rarity.NONE.share()).isZero();
    }

    @Test
    void counts_are_never_negative() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Rarity(-1, 3));
    }
}
