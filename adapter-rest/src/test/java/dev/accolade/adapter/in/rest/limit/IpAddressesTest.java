package dev.accolade.adapter.in.rest.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Addresses are read from their text alone, in every form the standards allow, and nothing else is. */
class IpAddressesTest {

    private static String keyOf(String text) {
        return IpAddresses.key(IpAddresses.parse(text).orElseThrow());
    }

    @Test
    void ipv4_reads_as_four_bytes() {
        assertThat(IpAddresses.parse("192.0.2.255")).get().isEqualTo(new byte[] {(byte) 192, 0, 2, (byte) 255});
        assertThat(keyOf("10.0.0.1")).isEqualTo("10.0.0.1");
    }

    @Test
    void ipv6_reads_with_and_without_compression_and_with_a_dotted_tail() {
        assertThat(IpAddresses.text(IpAddresses.parse("2001:db8::1").orElseThrow())).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(IpAddresses.text(IpAddresses.parse("::").orElseThrow())).isEqualTo("0:0:0:0:0:0:0:0");
        assertThat(IpAddresses.text(IpAddresses.parse("fe80::").orElseThrow())).isEqualTo("fe80:0:0:0:0:0:0:0");
        assertThat(IpAddresses.text(IpAddresses.parse("64:ff9b::192.0.2.1").orElseThrow()))
                .isEqualTo("64:ff9b:0:0:0:0:c000:201");
        assertThat(IpAddresses.text(IpAddresses.parse("1:2:3:4:5:6:7:8").orElseThrow())).isEqualTo("1:2:3:4:5:6:7:8");
    }

    @Test
    void an_ipv4_mapped_address_is_the_ipv4_address() {
        assertThat(keyOf("::ffff:198.51.100.4")).isEqualTo("198.51.100.4");
        assertThat(keyOf("::FFFF:c633:6404")).isEqualTo("198.51.100.4");
    }

    @Test
    void an_ipv6_key_is_its_64_block() {
        assertThat(keyOf("2001:DB8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2::/64");
        assertThat(keyOf("2001:db8:1:2::ffff")).isEqualTo("2001:db8:1:2::/64");
    }

    @Test
    void anything_else_is_no_address() {
        for (String text : new String[] {"", "localhost", "256.0.0.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1:2",
                "1::2::3", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::8", "12345::", "::g", "1.2.3.4:", " 1.2.3.4",
                "::1.2.3", null}) {
            assertThat(IpAddresses.parse(text)).as(String.valueOf(text)).isEqualTo(Optional.empty());
        }
    }
}
