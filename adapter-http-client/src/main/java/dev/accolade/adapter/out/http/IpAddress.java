package dev.accolade.adapter.out.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An IPv4 (4 bytes) or IPv6 (16 bytes) address as raw bytes. Unlike {@link InetAddress}, an IPv4-mapped
 * IPv6 address stays IPv6 here, so that the policy can see and refuse it; literals are parsed by this
 * class, never by the JDK's lenient parser.
 *
 * @param octets the address bytes, 4 or 16 of them
 */
public record IpAddress(byte[] octets) {

    /** Checks the length and keeps a copy. */
    public IpAddress {
        if (octets == null || (octets.length != 4 && octets.length != 16)) {
            throw new IllegalArgumentException("an IP address has 4 or 16 bytes");
        }
        octets = octets.clone();
    }

    /** The address of a resolved {@link InetAddress}. */
    public static IpAddress of(InetAddress address) {
        return new IpAddress(address.getAddress());
    }

    /**
     * A host that ends in a number read as an IPv4 address the way browsers read it (WHATWG URL):
     * one to four parts, each decimal, octal with a leading {@code 0} or hexadecimal with {@code 0x},
     * the last part filling the remaining bytes; so {@code 127.1}, {@code 0x7f000001}, {@code
     * 2130706433} and {@code 017700000001} are all 127.0.0.1. Empty when the text is not such an address.
     */
    public static Optional<IpAddress> parseIpv4(String text) {
        String host = text.endsWith(".") && text.length() > 1 ? text.substring(0, text.length() - 1) : text;
        String[] parts = host.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] numbers = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            long number = parsePart(parts[i]);
            if (number < 0 || (i < parts.length - 1 && number > 255)) {
                return Optional.empty();
            }
            numbers[i] = number;
        }
        int rest = 5 - parts.length;
        long last = numbers[parts.length - 1];
        if (last >= 1L << (8 * rest)) {
            return Optional.empty();
        }
        long value = last;
        for (int i = 0; i < parts.length - 1; i++) {
            value += numbers[i] << (8 * (3 - i));
        }
        return Optional.of(new IpAddress(new byte[] {(byte) (value >>> 24), (byte) (value >>> 16),
            (byte) (value >>> 8), (byte) value}));
    }

    /** Whether the host's last label is a number, which makes it an IPv4 address or nothing. */
    public static boolean endsInNumber(String host) {
        String trimmed = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String last = trimmed.substring(trimmed.lastIndexOf('.') + 1);
        if (last.isEmpty()) {
            return false;
        }
        return last.chars().allMatch(c -> c >= '0' && c <= '9')
                || (last.startsWith("0x") && last.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0));
    }

    /**
     * An IPv6 address in its text form without brackets ({@code ::1}, {@code ::ffff:127.0.0.1}); empty
     * when the text is not one. Zone identifiers ({@code %eth0}) are not accepted.
     */
    public static Optional<IpAddress> parseIpv6(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || !lower.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
            return Optional.empty();
        }
        int gap = lower.indexOf("::");
        if (gap >= 0 && lower.indexOf("::", gap + 1) >= 0) {
            return Optional.empty();
        }
        int[] head = gap < 0 ? groups(lower, true) : groups(lower.substring(0, gap), false);
        int[] tail = gap < 0 ? new int[0] : groups(lower.substring(gap + 2), true);
        if (head == null || tail == null) {
            return Optional.empty();
        }
        int count = head.length + tail.length;
        if (gap < 0 ? count != 8 : count > 7) {
            return Optional.empty();
        }
        byte[] bytes = new byte[16];
        for (int i = 0; i < head.length; i++) {
            put(bytes, i, head[i]);
        }
        for (int i = 0; i < tail.length; i++) {
            put(bytes, 8 - tail.length + i, tail[i]);
        }
        return Optional.of(new IpAddress(bytes));
    }

    /** Whether this is an IPv4 address. */
    public boolean isIpv4() {
        return octets.length == 4;
    }

    /** The bytes, a copy. */
    @Override
    public byte[] octets() {
        return octets.clone();
    }

    /** The byte at an index, as an unsigned number. */
    public int octet(int index) {
        return octets[index] & 0xFF;
    }

    /** The address to open a socket to; no name lookup is made. */
    public InetAddress toInetAddress() {
        try {
            return isIpv4() ? Inet4Address.getByAddress(octets) : Inet6Address.getByAddress(null, octets, null);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpAddress that && Arrays.equals(octets, that.octets);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(octets);
    }

    /** The dotted-quad form of an IPv4 address, the full colon-separated form of an IPv6 one. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (isIpv4()) {
            for (int i = 0; i < 4; i++) {
                text.append(i == 0 ? "" : ".").append(octet(i));
            }
            return text.toString();
        }
        for (int i = 0; i < 16; i += 2) {
            text.append(i == 0 ? "" : ":").append(Integer.toHexString(octet(i) << 8 | octet(i + 1)));
        }
        return text.toString();
    }

    private static long parsePart(String part) {
        boolean hex = part.startsWith("0x") || part.startsWith("0X");
        boolean octal = !hex && part.length() > 1 && part.startsWith("0");
        int radix = hex ? 16 : octal ? 8 : 10;
        String digits = hex ? part.substring(2) : octal ? part.substring(1) : part;
        if (digits.isEmpty()) {
            return radix == 16 ? 0 : -1;
        }
        if (digits.length() > 32 || !digits.chars().allMatch(c -> Character.digit(c, radix) >= 0)) {
            return -1;
        }
        long value = 0;
        for (char c : digits.toCharArray()) {
            value = value * radix + Character.digit(c, radix);
            if (value > 0xFFFF_FFFFL) {
                return -1;
            }
        }
        return value;
    }

    /** The 16-bit groups of one side of an IPv6 address; the last may be a dotted IPv4 address when allowed. */
    private static int[] groups(String side, boolean dottedLastAllowed) {
        if (side.isEmpty()) {
            return new int[0];
        }
        String[] parts = side.split(":", -1);
        String last = parts[parts.length - 1];
        boolean dotted = last.indexOf('.') >= 0;
        if (dotted && !dottedLastAllowed) {
            return null;
        }
        int[] values = new int[parts.length + (dotted ? 1 : 0)];
        for (int i = 0; i < parts.length - (dotted ? 1 : 0); i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 4 || part.indexOf('.') >= 0) {
                return null;
            }
            values[i] = Integer.parseInt(part, 16);
        }
        if (dotted) {
            byte[] v4 = strictDottedQuad(last);
            if (v4 == null) {
                return null;
            }
            values[values.length - 2] = (v4[0] & 0xFF) << 8 | (v4[1] & 0xFF);
            values[values.length - 1] = (v4[2] & 0xFF) << 8 | (v4[3] & 0xFF);
        }
        return values;
    }

    /** Four decimal numbers of 0 to 255 without leading zeros, as inside an IPv6 address. */
    private static byte[] strictDottedQuad(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.startsWith("0"))
                    || !part.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(part) > 255) {
                return null;
            }
            bytes[i] = (byte) Integer.parseInt(part);
        }
        return bytes;
    }

    private static void put(byte[] bytes, int group, int value) {
        bytes[2 * group] = (byte) (value >>> 8);
        bytes[2 * group + 1] = (byte) value;
    }
}
