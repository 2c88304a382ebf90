package dev.accolade.adapter.in.rest.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The client is the socket's peer; only a trusted proxy's {@code X-Forwarded-For} is believed, and then its
 * last hop that is no trusted proxy. IPv6 clients count by their /64.
 */
class ClientAddressTest {

    private static final List<AddressBlock> PROXIES = List.of(AddressBlock.parse("10.0.0.0/8"),
            AddressBlock.parse("192.0.2.1"));

    @Test
    void without_trusted_proxies_the_peer_is_the_client_whatever_the_header_says() {
        assertThat(ClientAddress.of("203.0.113.5", List.of("198.51.100.1"), List.of())).isEqualTo("203.0.113.5");
    }

    @Test
    void a_peer_that_is_no_trusted_proxy_is_the_client_whatever_the_header_says() {
        assertThat(ClientAddress.of("203.0.113.5", List.of("198.51.100.1"), PROXIES)).isEqualTo("203.0.113.5");
    }

    @Test
    void behind_trusted_proxies_the_last_untrusted_hop_is_the_client() {
        assertThat(ClientAddress.of("10.1.1.1", List.of("6.6.6.6, 198.51.100.1, 192.0.2.1"), PROXIES))
                .isEqualTo("198.51.100.1");
        assertThat(ClientAddress.of("10.1.1.1", List.of("6.6.6.6", "198.51.100.1"), PROXIES))
                .isEqualTo("198.51.100.1");
    }

    @Test
    void a_hop_that_is_no_address_stops_the_walk_at_the_last_trusted_one() {
        assertThat(ClientAddress.of("10.1.1.1", List.of("198.51.100.1, unknown, 10.2.2.2"), PROXIES))
                .isEqualTo("10.2.2.2");
        assertThat(ClientAddress.of("10.1.1.1", List.of(), PROXIES)).isEqualTo("10.1.1.1");
    }

    @Test
    void ports_brackets_and_mapped_addresses_are_read() {
        assertThat(ClientAddress.of("10.1.1.1", List.of("198.51.100.1:4711"), PROXIES)).isEqualTo("198.51.100.1");
        assertThat(ClientAddress.of("[::ffff:203.0.113.9]", List.of(), List.of())).isEqualTo("203.0.113.9");
    }

    @Test
    void an_ipv6_client_counts_by_its_64_block() {
        assertThat(ClientAddress.of("[2001:db8:1:2:aaaa:bbbb:cccc:dddd]", List.of(), List.of()))
                .isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.of("10.1.1.1", List.of("[2001:db8:1:2::7]:443"), PROXIES))
                .isEqualTo("2001:db8:1:2::/64");
    }

    @Test
    void a_name_is_never_looked_up() {
        assertThat(ClientAddress.parse("localhost")).isEmpty();
        assertThat(ClientAddress.parse("example.org")).isEmpty();
    }

    @Test
    void blocks_hold_the_addresses_under_their_prefix_only() {
        AddressBlock block = AddressBlock.parse("10.0.0.0/8");

        assertThat(block.contains(ClientAddress.parse("10.255.0.1").orElseThrow())).isTrue();
        assertThat(block.contains(ClientAddress.parse("11.0.0.1").orElseThrow())).isFalse();
        assertThat(block.contains(ClientAddress.parse("::1").orElseThrow())).isFalse();
        assertThat(AddressBlock.parse("fd00::/8").contains(ClientAddress.parse("fd12::1").orElseThrow())).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> AddressBlock.parse("10.0.0.0/33"));
        assertThatIllegalArgumentException().isThrownBy(() -> AddressBlock.parse("proxy.example.org"));
    }
}
