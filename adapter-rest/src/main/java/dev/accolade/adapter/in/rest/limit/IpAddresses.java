package dev.accolade.adapter.in.rest.limit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * IP addresses as bytes, read from their text and never looked up by name: IPv4 as four bytes, IPv6 as
 * sixteen, an IPv4-mapped IPv6 address as the IPv4 address it maps.
 */
final class IpAddresses {

    private static final int IPV4_BYTES = 4;
    private static final int IPV6_BYTES = 16;
    private static final int IPV6_GROUPS = 8;
    private static final int IPV6_BLOCK_GROUPS = 4;
    private static final byte[] MAPPED_PREFIX = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff};

    private IpAddresses() {
    }

    /** The bytes of an address written as text, or empty when the text is no IP address. */
    static Optional<byte[]> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 45) {
            return Optional.empty();
        }
        if (text.indexOf(':') < 0) {
            return ipv4(text);
        }
        return ipv6(text).map(IpAddresses::unmapped);
    }

    /** The key an address counts under: IPv4 dotted, IPv6 as its /64 block such as {@code 2001:db8:1:2::/64}. */
    static String key(byte[] address) {
        if (address.length == IPV4_BYTES) {
            return (address[0] & 0xff) + "." + (address[1] & 0xff) + "." + (address[2] & 0xff) + "."
                    + (address[3] & 0xff);
        }
        List<String> groups = new ArrayList<>();
        for (int group = 0; group < IPV6_BLOCK_GROUPS; group++) {
            groups.add(Integer.toHexString((address[2 * group] & 0xff) << 8 | address[2 * group + 1] & 0xff));
        }
        return String.join(":", groups) + "::/64";
    }

    /** An address written back as text, IPv6 in full, for messages and settings. */
    static String text(byte[] address) {
        if (address.length == IPV4_BYTES) {
            return key(address);
        }
        List<String> groups = new ArrayList<>();
        for (int group = 0; group < IPV6_GROUPS; group++) {
            groups.add(Integer.toHexString((address[2 * group] & 0xff) << 8 | address[2 * group + 1] & 0xff));
        }
        return String.join(":", groups);
    }

    private static Optional<byte[]> ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != IPV4_BYTES) {
            return Optional.empty();
        }
        byte[] bytes = new byte[IPV4_BYTES];
        for (int i = 0; i < IPV4_BYTES; i++) {
            String part = parts[i];
            if (!part.matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(part) > 255) {
                return Optional.empty();
            }
            bytes[i] = (byte) Integer.parseInt(part);
        }
        return Optional.of(bytes);
    }

    private static Optional<byte[]> ipv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return Optional.empty();
        }
        Optional<List<Integer>> head = groups(gap < 0 ? text : text.substring(0, gap));
        Optional<List<Integer>> tail = gap < 0 ? Optional.of(List.of()) : groups(text.substring(gap + 2));
        if (head.isEmpty() || tail.isEmpty()) {
            return Optional.empty();
        }
        int given = head.get().size() + tail.get().size();
        if (gap < 0 ? given != IPV6_GROUPS : given > IPV6_GROUPS - 1) {
            return Optional.empty();
        }
        List<Integer> all = new ArrayList<>(head.get());
        all.addAll(Collections.nCopies(IPV6_GROUPS - given, 0));
        all.addAll(tail.get());
        byte[] bytes = new byte[IPV6_BYTES];
        for (int group = 0; group < IPV6_GROUPS; group++) {
            bytes[2 * group] = (byte) (all.get(group) >> 8);
            bytes[2 * group + 1] = (byte) (int) all.get(group);
        }
        return Optional.of(bytes);
    }

    /** The 16-bit groups of one side of {@code ::}; a dotted IPv4 address may end it, as two groups. */
    private static Optional<List<Integer>> groups(String side) {
        List<Integer> groups = new ArrayList<>();
        if (side.isEmpty()) {
            return Optional.of(groups);
        }
        String[] parts = side.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == parts.length - 1 && part.indexOf('.') >= 0) {
                Optional<byte[]> v4 = ipv4(part);
                if (v4.isEmpty()) {
                    return Optional.empty();
                }
                groups.add((v4.get()[0] & 0xff) << 8 | v4.get()[1] & 0xff);
                groups.add((v4.get()[2] & 0xff) << 8 | v4.get()[3] & 0xff);
            } else if (part.matches("[0-9a-fA-F]{1,4}")) {
                groups.add(HexFormat.fromHexDigits(part));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(groups);
    }

    private static byte[] unmapped(byte[] v6) {
        if (Arrays.equals(v6, 0, MAPPED_PREFIX.length, MAPPED_PREFIX, 0, MAPPED_PREFIX.length)) {
            return Arrays.copyOfRange(v6, MAPPED_PREFIX.length, IPV6_BYTES);
        }
        return v6;
    }
}
