package dev.accolade.adapter.out.openbadges.proof;

import java.util.Arrays;

/** The base58btc codec (Bitcoin alphabet) of multibase 'z' values; each leading 0x00 byte is a leading '1'. */
final class Base58Btc {

    private static final char[] ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();
    private static final int[] DIGIT = new int[128];

    static {
        Arrays.fill(DIGIT, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            DIGIT[ALPHABET[i]] = i;
        }
    }

    private Base58Btc() {
    }

    static String encode(byte[] bytes) {
        int zeros = 0;
        while (zeros < bytes.length && bytes[zeros] == 0) {
            zeros++;
        }
        byte[] number = bytes.clone(); // big-endian base 256, divided by 58 in place
        char[] out = new char[bytes.length * 2]; // log(256) / log(58) < 1.37
        int outStart = out.length;
        int start = zeros;
        while (start < number.length) {
            int remainder = 0;
            for (int i = start; i < number.length; i++) {
                int accumulator = (remainder << 8) | (number[i] & 0xff);
                number[i] = (byte) (accumulator / 58);
                remainder = accumulator % 58;
            }
            out[--outStart] = ALPHABET[remainder];
            while (start < number.length && number[start] == 0) {
                start++;
            }
        }
        for (int i = 0; i < zeros; i++) {
            out[--outStart] = '1';
        }
        return new String(out, outStart, out.length - outStart);
    }

    /** Decodes base58btc; throws IllegalArgumentException on a character outside the alphabet. */
    static byte[] decode(String text) {
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        byte[] number = new byte[text.length()]; // base 256, least significant byte last
        int used = 0;
        for (int i = zeros; i < text.length(); i++) {
            char c = text.charAt(i);
            int carry = c < 128 ? DIGIT[c] : -1;
            if (carry < 0) {
                throw new IllegalArgumentException("not a base58btc character at " + i);
            }
            int j = 0; // number = number * 58 + digit
            for (int k = number.length - 1; (carry != 0 || j < used) && k >= 0; k--, j++) {
                carry += 58 * (number[k] & 0xff);
                number[k] = (byte) carry;
                carry >>>= 8;
            }
            used = j;
        }
        byte[] out = new byte[zeros + used];
        System.arraycopy(number, number.length - used, out, zeros, used);
        return out;
    }
}
