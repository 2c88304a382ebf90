package dev.accolade.adapter.out.http;

import java.util.Optional;

/**
 * A block of addresses: a network address and the number of leading bits that every address in the
 * block shares with it ({@code 10.0.0.0/8}, {@code fc00::/7}; a single address is {@code /32} or {@code /128}).
 *
 * @param network the first address of the block
 * @param prefixLength the number of fixed leading bits
 */
public record Cidr(IpAddress network, int prefixLength) {

    /** Checks that the prefix fits the address family. */
    public Cidr {
        if (network == null) {
            throw new IllegalArgumentException("a block needs a network address");
        }
        int bits = network.octets().length * 8;
        if (prefixLength < 0 || prefixLength > bits) {
            throw new IllegalArgumentException("the prefix length lies between 0 and " + bits);
        }
    }

    /**
     * A block written as {@code address/length} or as a single address: IPv4 in dotted-quad form, IPv6
     * with or without brackets.
     *
     * @throws IllegalArgumentException when the text is not such a block
     */
    public static Cidr parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        IpAddress network = (address.indexOf(':') >= 0 ? IpAddress.parseIpv6(address) : dottedQuad(address))
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not an IP address or block"));
        int bits = network.octets().length * 8;
        if (slash < 0) {
            return new Cidr(network, bits);
        }
        String length = trimmed.substring(slash + 1);
        if (length.isEmpty() || length.length() > 3 || !length.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("'" + text + "' has no valid prefix length");
        }
        return new Cidr(network, Integer.parseInt(length));
    }

    /** Whether the address lies in this block; an address of the other family never does. */
    public boolean contains(IpAddress address) {
        byte[] mine = network.octets();
        byte[] theirs = address.octets();
        if (mine.length != theirs.length) {
            return false;
        }
        int full = prefixLength / 8;
        for (int i = 0; i < full; i++) {
            if (mine[i] != theirs[i]) {
                return false;
            }
        }
        int remaining = prefixLength % 8;
        if (remaining == 0) {
            return true;
        }
        int mask = (0xFF << (8 - remaining)) & 0xFF;
        return (mine[full] & mask) == (theirs[full] & mask);
    }

    @Override
    public String toString() {
        return network + "/" + prefixLength;
    }

    private static Optional<IpAddress> dottedQuad(String text) {
        if (!text.matches("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}")) {
            return Optional.empty();
        }
        return IpAddress.parseIpv4(text);
    }
}
