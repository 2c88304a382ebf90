package dev.accolade.adapter.out.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    private final AddressPolicy strict = AddressPolicy.strict();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "127.0.0.1 | a loopback address",
        "127.255.255.254 | a loopback address",
        "10.1.2.3 | a private address",
        "172.16.0.1 | a private address",
        "172.31.255.255 | a private address",
        "192.168.1.1 | a private address",
        "100.64.0.1 | a shared (CGNAT) address",
        "100.127.255.255 | a shared (CGNAT) address",
        "169.254.1.1 | a link-local address",
        "169.254.169.254 | a cloud metadata address",
        "0.0.0.0 | an unspecified address",
        "0.1.2.3 | an unspecified address",
        "224.0.0.1 | a multicast address",
        "239.255.255.250 | a multicast address",
        "255.255.255.255 | the broadcast address",
        "240.0.0.1 | a reserved address",
        "192.0.2.1 | a documentation address",
        "198.18.0.1 | a reserved address",
        "::1 | a loopback address",
        ":: | an unspecified address",
        "fe80::1 | a link-local address",
        "febf:ffff::1 | a link-local address",
        "fc00::1 | a unique-local address",
        "fd12:3456::1 | a unique-local address",
        "fd00:ec2::254 | a cloud metadata address",
        "ff02::1 | a multicast address",
        "::ffff:127.0.0.1 | an IPv4-mapped address",
        "::ffff:8.8.8.8 | an IPv4-mapped address",
        "::127.0.0.1 | an IPv4-compatible address",
        "::ffff:0:a00:1 | an IPv4-translated address",
        "64:ff9b::7f00:1 | a NAT64 address",
        "64:ff9b::808:808 | a NAT64 address",
        "2001:db8::1 | a documentation address",
        "2002:7f00:1::1 | a 6to4 address embedding a loopback address",
        "2002:a00:1::1 | a 6to4 address embedding a private address",
        "2001:0:4136:e378:8000:63bf:80ff:fffe | a Teredo address embedding a loopback address",
        "2001:0:7f00:1:8000:63bf:3fff:fdd2 | a Teredo address embedding a loopback address"})
    void special_addresses_are_refused_with_the_reason(String text, String reason) {
        assertThat(strict.refusal(address(text))).hasValue(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.215.14", "172.32.0.1", "100.128.0.1", "192.169.0.1", "223.255.255.255",
        "2606:4700:4700::1111", "2a00:1450:4001:80b::200e", "2002:808:808::1", "2001:0:4136:e378:8000:63bf:f7f7:f7f7"})
    void globally_reachable_addresses_are_permitted(String text) {
        assertThat(strict.permits(address(text))).isTrue();
    }

    @Test
    void the_allow_list_lets_chosen_blocks_through_and_nothing_else() {
        AddressPolicy policy = new AddressPolicy(List.of(Cidr.parse("127.0.0.1/32"), Cidr.parse("10.20.0.0/16"),
                Cidr.parse("[fd00::]/8")));

        assertThat(policy.permits(address("127.0.0.1"))).isTrue();
        assertThat(policy.permits(address("10.20.255.1"))).isTrue();
        assertThat(policy.permits(address("fd99::1"))).isTrue();
        assertThat(policy.permits(address("127.0.0.2"))).isFalse();
        assertThat(policy.permits(address("10.21.0.1"))).isFalse();
        assertThat(policy.permits(address("::ffff:127.0.0.1"))).isFalse();
        assertThat(policy.permits(address("169.254.169.254"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "127.1", "localhost", "10.0.0.0/", "10.0.0.0/x", "::1/129", "010.0.0.1",
        ""})
    void a_block_is_written_plainly_or_not_at_all(String text) {
        assertThatThrownBy(() -> Cidr.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_block_holds_the_addresses_sharing_its_prefix() {
        Cidr block = Cidr.parse("172.16.0.0/12");

        assertThat(block.contains(address("172.31.0.1"))).isTrue();
        assertThat(block.contains(address("172.32.0.1"))).isFalse();
        assertThat(block.contains(address("::ffff:172.16.0.1"))).isFalse();
        assertThat(Cidr.parse("::1")).hasToString("0:0:0:0:0:0:0:1/128");
    }

    private static IpAddress address(String text) {
        return (text.indexOf(':') >= 0 ? IpAddress.parseIpv6(text) : IpAddress.parseIpv4(text)).orElseThrow();
    }
}
