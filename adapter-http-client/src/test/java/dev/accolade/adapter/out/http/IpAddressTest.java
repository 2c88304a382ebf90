package dev.accolade.adapter.out.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1", "127.0.1", "0x7f000001", "0X7F000001", "2130706433",
        "017700000001", "0177.0.0.1", "0x7f.0.0.1", "0x7f.1", "127.0.0.1.", "0177.0x0.0.01"})
    void every_spelling_of_an_ipv4_address_browsers_accept_is_read_as_that_address(String spelling) {
        assertThat(IpAddress.parseIpv4(spelling)).hasValueSatisfying(
                address -> assertThat(address).hasToString("127.0.0.1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.0.0.1", "1.2.3.4.5", "1..2", "08.0.0.1", "0x1g.0.0.1", "4294967296", "1.16777216",
        "", ".", "1.2.3.-4", "99999999999999999999999999"})
    void malformed_ipv4_addresses_are_not_read_at_all(String spelling) {
        assertThat(IpAddress.parseIpv4(spelling)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"::1", "0:0:0:0:0:0:0:1", "0000::0001", "::0:1"})
    void ipv6_loopback_is_read_in_its_spellings(String spelling) {
        assertThat(IpAddress.parseIpv6(spelling)).hasValueSatisfying(
                address -> assertThat(address).hasToString("0:0:0:0:0:0:0:1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"::ffff:127.0.0.1", "::ffff:7f00:1", "::FFFF:7F00:0001", "0:0:0:0:0:ffff:7f00:1"})
    void ipv4_mapped_addresses_stay_ipv6(String spelling) {
        assertThat(IpAddress.parseIpv6(spelling)).hasValueSatisfying(address -> {
            assertThat(address.isIpv4()).isFalse();
            assertThat(address).hasToString("0:0:0:0:0:ffff:7f00:1");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"1::2::3", "12345::", "fe80::1%eth0", ":::", "1:2:3:4:5:6:7:8:9", "::ffff:127.1",
        "::ffff:127.0.0.01", "1:2:3:4:5:6:7", "g::1", ""})
    void malformed_ipv6_addresses_are_not_read_at_all(String spelling) {
        assertThat(IpAddress.parseIpv6(spelling)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.org", "a.0x", "localhost", "1.2.3.example"})
    void a_host_ends_in_a_number_only_when_its_last_label_is_one(String host) {
        assertThat(IpAddress.endsInNumber(host)).isEqualTo(host.equals("a.0x"));
    }
}
