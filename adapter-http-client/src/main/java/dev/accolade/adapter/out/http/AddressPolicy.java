package dev.accolade.adapter.out.http;

import java.util.List;
import java.util.Optional;

/**
 * Which addresses outbound requests may reach: every globally reachable unicast address, and the
 * blocks of an operator's allow-list; never loopback, private, shared (CGNAT), link-local,
 * unique-local, multicast, unspecified, broadcast, reserved or documentation addresses, IPv4-mapped,
 * -compatible or -translated IPv6, NAT64, cloud metadata, nor 6to4 or Teredo addresses that embed a
 * refused IPv4 address.
 *
 * @param allowed the blocks an operator lets requests reach although they would be refused
 */
public record AddressPolicy(List<Cidr> allowed) {

    private static final List<Block> REFUSED = List.of(
            block("169.254.169.254/32", "a cloud metadata address"),
            block("fd00:ec2::254/128", "a cloud metadata address"),
            block("0.0.0.0/8", "an unspecified address"),
            block("10.0.0.0/8", "a private address"),
            block("100.64.0.0/10", "a shared (CGNAT) address"),
            block("127.0.0.0/8", "a loopback address"),
            block("169.254.0.0/16", "a link-local address"),
            block("172.16.0.0/12", "a private address"),
            block("192.0.0.0/24", "a reserved address"),
            block("192.0.2.0/24", "a documentation address"),
            block("192.88.99.0/24", "a reserved address"),
            block("192.168.0.0/16", "a private address"),
            block("198.18.0.0/15", "a reserved address"),
            block("198.51.100.0/24", "a documentation address"),
            block("203.0.113.0/24", "a documentation address"),
            block("224.0.0.0/4", "a multicast address"),
            block("255.255.255.255/32", "the broadcast address"),
            block("240.0.0.0/4", "a reserved address"),
            block("::/128", "an unspecified address"),
            block("::1/128", "a loopback address"),
            block("::ffff:0:0/96", "an IPv4-mapped address"),
            block("::ffff:0:0:0/96", "an IPv4-translated address"),
            block("::/96", "an IPv4-compatible address"),
            block("64:ff9b::/96", "a NAT64 address"),
            block("64:ff9b:1::/48", "a NAT64 address"),
            block("100::/64", "a reserved address"),
            block("2001:2::/48", "a reserved address"),
            block("2001:db8::/32", "a documentation address"),
            block("fc00::/7", "a unique-local address"),
            block("fe80::/10", "a link-local address"),
            block("fec0::/10", "a site-local address"),
            block("ff00::/8", "a multicast address"));

    private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");
    private static final Cidr TEREDO = Cidr.parse("2001::/32");

    /** Keeps a copy of the allow-list. */
    public AddressPolicy {
        allowed = List.copyOf(allowed);
    }

    /** The policy with an empty allow-list. */
    public static AddressPolicy strict() {
        return new AddressPolicy(List.of());
    }

    /** Why the address may not be reached, or empty when it may. */
    public Optional<String> refusal(IpAddress address) {
        if (allowed.stream().anyMatch(block -> block.contains(address))) {
            return Optional.empty();
        }
        for (Block block : REFUSED) {
            if (block.cidr().contains(address)) {
                return Optional.of(block.reason());
            }
        }
        if (SIX_TO_FOUR.contains(address)) {
            return embedded(address, 2, false).map(reason -> "a 6to4 address embedding " + reason);
        }
        if (TEREDO.contains(address)) {
            return embedded(address, 4, false).or(() -> embedded(address, 12, true))
                    .map(reason -> "a Teredo address embedding " + reason);
        }
        return Optional.empty();
    }

    /** Whether the address may be reached. */
    public boolean permits(IpAddress address) {
        return refusal(address).isEmpty();
    }

    private Optional<String> embedded(IpAddress address, int offset, boolean inverted) {
        byte[] v4 = new byte[4];
        for (int i = 0; i < 4; i++) {
            v4[i] = (byte) (address.octet(offset + i) ^ (inverted ? 0xFF : 0));
        }
        return refusal(new IpAddress(v4));
    }

    private static Block block(String cidr, String reason) {
        return new Block(Cidr.parse(cidr), reason);
    }

    /** A refused block and the words that say why. */
    private record Block(Cidr cidr, String reason) {
    }
}
