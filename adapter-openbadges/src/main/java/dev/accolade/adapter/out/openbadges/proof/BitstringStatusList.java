package dev.accolade.adapter.out.openbadges.proof;

import dev.accolade.adapter.out.openbadges.proof.ProofException.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * An immutable W3C Bitstring Status List (1 bit per entry) and its {@code encodedList} form: 'u' + base64url without
 * padding of the GZIP of the bitstring, where index 0 is the most significant bit of the first byte.
 */
public final class BitstringStatusList {

    /** The smallest list the specification allows: 16 KiB, 131,072 entries (herd privacy). */
    public static final int MIN_LENGTH = 131_072;
    /** The largest decompressed list {@link #decode} accepts: 16 MiB, 134,217,728 entries. */
    public static final int MAX_DECODED_BYTES = 16 << 20;

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");

    private final byte[] bits;

    private BitstringStatusList(byte[] bits) {
        this.bits = bits;
    }

    /** A list of {@code length} entries (≥ 131,072, a multiple of 8) whose set entries are the set bits of {@code set}. */
    public static BitstringStatusList of(BitSet set, int length) {
        Objects.requireNonNull(set, "set");
        if (length < MIN_LENGTH || length % 8 != 0 || length / 8 > MAX_DECODED_BYTES) {
            throw new IllegalArgumentException("length must be a multiple of 8 from " + MIN_LENGTH + " to "
                    + (long) MAX_DECODED_BYTES * 8);
        }
        if (set.length() > length) {
            throw new IllegalArgumentException("bit " + (set.length() - 1) + " is beyond the list length " + length);
        }
        byte[] bits = new byte[length / 8];
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            bits[i >>> 3] |= (byte) (0x80 >>> (i & 7));
        }
        return new BitstringStatusList(bits);
    }

    /** Decodes an {@code encodedList}; refuses a malformed one and one over {@value #MAX_DECODED_BYTES} bytes inflated. */
    public static BitstringStatusList decode(String encodedList) {
        if (encodedList == null || encodedList.length() < 2 || encodedList.charAt(0) != 'u'
                || !BASE64URL.matcher(encodedList).region(1, encodedList.length()).matches()) {
            throw new ProofException(Reason.MALFORMED_STATUS_LIST, "encodedList is not 'u' + base64url (no padding)");
        }
        byte[] gzip;
        try {
            gzip = Base64.getUrlDecoder().decode(encodedList.substring(1));
        } catch (IllegalArgumentException e) {
            throw new ProofException(Reason.MALFORMED_STATUS_LIST, "encodedList is not base64url");
        }
        byte[] bits = inflate(gzip);
        if (bits.length < MIN_LENGTH / 8) {
            throw new ProofException(Reason.MALFORMED_STATUS_LIST, "the list is shorter than " + MIN_LENGTH + " bits");
        }
        return new BitstringStatusList(bits);
    }

    /** The {@code encodedList} of this list. */
    public String encode() {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.toByteArray());
    }

    /** The number of entries. */
    public int length() {
        return bits.length * 8;
    }

    /** Whether entry {@code index} is set (e.g. revoked); refuses an index outside the list. */
    public boolean isSet(long index) {
        if (index < 0 || index >= length()) {
            throw new ProofException(Reason.STATUS_INDEX_OUT_OF_RANGE, "status list index " + index
                    + " is outside 0.." + (length() - 1));
        }
        return (bits[(int) (index >>> 3)] & (0x80 >>> (index & 7))) != 0;
    }

    /** The set entries as a BitSet (bit i = entry i). */
    public BitSet toBitSet() {
        byte[] leastSignificantFirst = new byte[bits.length]; // BitSet.valueOf reads bit i from the LSB side
        for (int i = 0; i < bits.length; i++) {
            leastSignificantFirst[i] = (byte) (Integer.reverse(bits[i] & 0xff) >>> 24);
        }
        return BitSet.valueOf(leastSignificantFirst);
    }

    private static byte[] inflate(byte[] gzip) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (out.size() + n > MAX_DECODED_BYTES) {
                    throw new ProofException(Reason.LIMIT_EXCEEDED,
                            "the list inflates to more than " + MAX_DECODED_BYTES + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) { // not GZIP, truncated, bad checksum
            throw new ProofException(Reason.MALFORMED_STATUS_LIST, "encodedList is not GZIP");
        }
    }
}
