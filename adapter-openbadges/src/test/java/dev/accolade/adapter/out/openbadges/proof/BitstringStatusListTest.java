package dev.accolade.adapter.out.openbadges.proof;

import static dev.accolade.adapter.out.openbadges.proof.TestResources.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.accolade.adapter.out.openbadges.proof.ProofException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class BitstringStatusListTest {

    /** The encodedList of the example BitstringStatusListCredential in Bitstring Status List v1.0. */
    private static final String SPEC_EXAMPLE = "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA";

    @Test
    void decodesTheSpecificationExampleToAnEmptyListOf131072Entries() {
        BitstringStatusList list = BitstringStatusList.decode(SPEC_EXAMPLE);

        assertThat(list.length()).isEqualTo(131_072);
        assertThat(list.toBitSet().isEmpty()).isTrue();
        assertThat(list.isSet(0)).isFalse();
        assertThat(list.isSet(131_071)).isFalse();
    }

    @Test
    void setEntriesRoundTripAtTheByteEdges() {
        BitSet revoked = new BitSet();
        for (int index : new int[] {0, 7, 8, 131_071}) {
            revoked.set(index);
        }

        String encoded = BitstringStatusList.of(revoked, 131_072).encode();
        BitstringStatusList decoded = BitstringStatusList.decode(encoded);

        assertThat(encoded).startsWith("uH4sI").doesNotContain("=", "+", "/");
        assertThat(decoded.toBitSet()).isEqualTo(revoked);
        assertThat(decoded.isSet(0)).isTrue();
        assertThat(decoded.isSet(1)).isFalse();
        assertThat(decoded.isSet(6)).isFalse();
        assertThat(decoded.isSet(7)).isTrue();
        assertThat(decoded.isSet(8)).isTrue();
        assertThat(decoded.isSet(9)).isFalse();
        assertThat(decoded.isSet(131_070)).isFalse();
        assertThat(decoded.isSet(131_071)).isTrue();
    }

    @Test
    void indexZeroIsTheMostSignificantBitOfTheFirstByte() throws IOException {
        byte[] bits = new byte[16_384];
        bits[0] = (byte) 0x80; // index 0
        bits[1] = 0x01; // index 15
        bits[16_383] = 0x01; // index 131071

        BitstringStatusList list = BitstringStatusList.decode(encodedList(bits));

        assertThat(list.toBitSet().stream()).containsExactly(0, 15, 131_071);
    }

    @Test
    void aLargerListRoundTrips() {
        BitSet revoked = new BitSet();
        revoked.set(999_999);

        BitstringStatusList list = BitstringStatusList.decode(BitstringStatusList.of(revoked, 1_000_000).encode());

        assertThat(list.length()).isEqualTo(1_000_000);
        assertThat(list.isSet(999_999)).isTrue();
    }

    @Test
    void refusesAListThatInflatesBeyondTheLimit() throws IOException {
        String bomb = encodedList(new byte[BitstringStatusList.MAX_DECODED_BYTES + 1]);

        assertThat(bomb.length()).isLessThan(40_000);
        assertThat(refusal(() -> BitstringStatusList.decode(bomb)).reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
    }

    @Test
    void acceptsAListOfExactlyTheLimit() throws IOException {
        assertThat(BitstringStatusList.decode(encodedList(new byte[BitstringStatusList.MAX_DECODED_BYTES])).length())
                .isEqualTo(BitstringStatusList.MAX_DECODED_BYTES * 8);
    }

    @Test
    void refusesMalformedEncodedLists() throws IOException {
        String good = BitstringStatusList.of(new BitSet(), 131_072).encode();
        String tooShort = encodedList(new byte[16_383]);
        String notGzip = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[100]);
        String truncated = good.substring(0, good.length() - 8);

        for (String bad : new String[] {good.substring(1), "z" + good.substring(1), good + "=", good.replace('-', '+'),
                "u", "", tooShort, notGzip, truncated, "u" + "A".repeat(5)}) {
            assertThat(refusal(() -> BitstringStatusList.decode(bad)).reason()).as(bad)
                    .isEqualTo(Reason.MALFORMED_STATUS_LIST);
        }
        assertThat(refusal(() -> BitstringStatusList.decode(null)).reason()).isEqualTo(Reason.MALFORMED_STATUS_LIST);
    }

    @Test
    void refusesAnIndexOutsideTheList() {
        BitstringStatusList list = BitstringStatusList.decode(SPEC_EXAMPLE);

        assertThat(refusal(() -> list.isSet(-1)).reason()).isEqualTo(Reason.STATUS_INDEX_OUT_OF_RANGE);
        assertThat(refusal(() -> list.isSet(131_072)).reason()).isEqualTo(Reason.STATUS_INDEX_OUT_OF_RANGE);
    }

    @Test
    void refusesToEncodeATooShortOrUnalignedListOrOneThatCannotHoldTheSetBits() {
        BitSet beyond = new BitSet();
        beyond.set(131_072);

        assertThatIllegalArgumentException().isThrownBy(() -> BitstringStatusList.of(new BitSet(), 131_064));
        assertThatIllegalArgumentException().isThrownBy(() -> BitstringStatusList.of(new BitSet(), 131_073));
        assertThatIllegalArgumentException().isThrownBy(() -> BitstringStatusList.of(beyond, 131_072));
    }

    private static String encodedList(byte[] bits) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bits);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.toByteArray());
    }
}
