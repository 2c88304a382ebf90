package dev.accolade.domain.award;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.common.PublicId;
import org.junit.jupiter.api.Test;

/** An award credential holds a public id, a 32-character salt and a slot in one of its issuer's lists. */
class AwardCredentialTest {

    private static final PublicId ID = new PublicId("AbCdEfGhIjKlMnOpQrStUv");
    private static final String SALT = "0123456789abcdefghijABCDEFGHIJkl";

    @Test
    void a_public_id_is_22_letters_and_digits() {
        assertThat(PublicId.parse("AbCdEfGhIjKlMnOpQrStUv")).contains(ID);
        assertThat(PublicId.parse("AbCdEfGhIjKlMnOpQrStU")).isEmpty();
        assertThat(PublicId.parse("AbCdEfGhIjKlMnOpQrSt-v")).isEmpty();
        assertThat(PublicId.parse("12")).isEmpty();
        assertInvalid(() -> new PublicId("12"), "id", "id_invalid");
    }

    @Test
    void a_salt_is_32_letters_and_digits() {
        assertThat(new AwardCredential(ID, SALT, new StatusSlot(0, 5)).salt()).isEqualTo(SALT);
        assertInvalid(() -> new AwardCredential(ID, "short", new StatusSlot(0, 5)), "salt", "salt_invalid");
    }

    @Test
    void a_slot_lies_within_a_list_of_131072_bits() {
        assertThat(new StatusSlot(3, StatusSlot.LIST_SIZE - 1).index()).isEqualTo(131_071);
        assertInvalid(() -> new StatusSlot(0, StatusSlot.LIST_SIZE), "status_index", "status_index_invalid");
        assertInvalid(() -> new StatusSlot(0, -1), "status_index", "status_index_invalid");
        assertInvalid(() -> new StatusSlot(-1, 0), "status_list", "status_list_invalid");
    }

    @Test
    void awards_share_a_list_with_those_whose_ids_differ_only_in_their_low_16_bits() {
        assertThat(StatusSlot.listOf(new AwardId(1))).isEqualTo(0);
        assertThat(StatusSlot.listOf(new AwardId(65_535))).isEqualTo(0);
        assertThat(StatusSlot.listOf(new AwardId(65_536))).isEqualTo(1);
    }
}
