package dev.accolade.adapter.in.rest.limit;

import java.util.Arrays;

/**
 * An address or a block of them, such as {@code 10.0.0.5}, {@code 10.0.0.0/8} or {@code fd00::/8}, read
 * without any name lookup.
 */
public final class AddressBlock {

    private final byte[] network;
    private final int prefix;

    private AddressBlock(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    /** The block written as an address, or an address, a slash and a prefix length; refused when it is neither. */
    public static AddressBlock parse(String text) {
        String value = text.strip();
        int slash = value.indexOf('/');
        String address = slash < 0 ? value : value.substring(0, slash);
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        byte[] network = IpAddresses.parse(address)
                .orElseThrow(() -> new IllegalArgumentException("not an IP address: " + value));
        int bits = network.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String length = value.substring(slash + 1);
            if (!length.matches("\\d{1,3}") || Integer.parseInt(length) > bits) {
                throw new IllegalArgumentException("not a prefix length between 0 and " + bits + ": " + length);
            }
            prefix = Integer.parseInt(length);
        }
        return new AddressBlock(network, prefix);
    }

    /** Whether the address (as bytes) lies in the block; an address of the other family never does. */
    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressBlock block && prefix == block.prefix && Arrays.equals(network, block.network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefix;
    }

    @Override
    public String toString() {
        return IpAddresses.text(network) + "/" + prefix;
    }
}
