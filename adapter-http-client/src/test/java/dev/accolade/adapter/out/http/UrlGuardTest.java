package dev.accolade.adapter.out.http;

import static dev.accolade.adapter.out.http.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlGuardTest {

    private final HostTable table = new HostTable(Map.of("images.example", "93.184.215.14",
            "intranet.example", "10.0.0.7", "rebind.example", "127.0.0.1",
            "mixed.example", "93.184.215.14,192.168.0.1", "metadata.example", "169.254.169.254",
            "mapped.example", "::ffff:7f00:1"));
    private final UrlGuard guard = new UrlGuard(AddressPolicy.strict(), table);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "http://127.0.0.1/", "http://127.1/", "http://127.0.1/", "http://0x7f000001/", "http://0X7F000001/",
        "http://2130706433/", "http://017700000001/", "http://0177.0.0.1/", "http://0x7f.0.0.1/", "http://0x7f.1/",
        "http://127.0.0.1./", "http://127.0.0.1:8080/", "https://127.0.0.1/", "HTTP://127.0.0.1/",
        "http://[::1]/", "http://[0:0:0:0:0:0:0:1]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/",
        "http://[::FFFF:7F00:1]/", "http://[0:0:0:0:0:ffff:127.0.0.1]/", "http://[::127.0.0.1]/",
        "http://0/", "http://0.0.0.0/", "http://[::]/", "http://10.0.0.1/", "http://012.0.0.1/",
        "http://167772161/", "http://172.16.0.1/", "http://192.168.0.1/", "http://0xc0a80001/",
        "http://100.64.0.1/", "http://169.254.169.254/latest/meta-data/", "http://0xa9fea9fe/",
        "http://2852039166/", "http://[fd00:ec2::254]/", "http://[fe80::1]/", "http://[fc00::1]/",
        "http://[ff02::1]/", "http://224.0.0.1/", "http://255.255.255.255/", "http://4294967295/",
        "http://[64:ff9b::7f00:1]/", "http://[64:ff9b::10.0.0.1]/", "http://[2002:7f00:1::]/",
        "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/"})
    void literal_addresses_that_are_not_public_are_refused_in_every_spelling(String url) {
        assertRefused(() -> guard.check(url), FetchErrors.ADDRESS_REFUSED);
        assertThat(table.lookedUp()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://metadata.google.internal/computeMetadata/v1/",
        "http://METADATA.GOOGLE.INTERNAL./", "http://metadata.goog/"})
    void cloud_metadata_names_are_refused_without_being_looked_up(String url) {
        assertRefused(() -> guard.check(url), FetchErrors.ADDRESS_REFUSED);
        assertThat(table.lookedUp()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://intranet.example/a.png", "http://rebind.example/", "http://mixed.example/",
        "http://metadata.example/", "http://mapped.example/", "http://REBIND.example./"})
    void names_resolving_to_any_refused_address_are_refused(String url) {
        assertRefused(() -> guard.check(url), FetchErrors.ADDRESS_REFUSED);
    }

    @Test
    void localhost_resolves_to_loopback_and_is_refused() {
        UrlGuard system = new UrlGuard(AddressPolicy.strict(), HostResolver.system());

        assertRefused(() -> system.check("http://localhost/"), FetchErrors.ADDRESS_REFUSED);
        assertRefused(() -> system.check("http://LOCALHOST./"), FetchErrors.ADDRESS_REFUSED);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"file:///etc/passwd", "ftp://images.example/a.png", "gopher://images.example:70/",
        "jar:http://images.example/a.jar!/a.png", "data:image/png;base64,iVBORw0KGgo=", "javascript:alert(1)",
        "//images.example/a.png", "/a.png", "dict://127.0.0.1:11211/"})
    void schemes_other_than_http_and_https_are_refused(String url) {
        assertRefused(() -> guard.check(url), FetchErrors.SCHEME_REFUSED);
        assertThat(table.lookedUp()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "http://user:secret@images.example/ | url_host_invalid",
        "http://images.example@127.0.0.1/ | url_host_invalid",
        "http://1.2.3.4.5/ | url_host_invalid",
        "http://256.0.0.1/ | url_host_invalid",
        "http://08.0.0.1/ | url_host_invalid",
        "http://foo.0x7f/ | url_host_invalid",
        "http://images.example:0/ | url_host_invalid",
        "http://images.example:65536/ | url_host_invalid",
        "http://images.example:80:80/ | url_host_invalid",
        "http://exa%6dple.com/ | url_host_invalid",
        "http://[fe80::1%25eth0]/ | url_host_invalid",
        "http://[::1/ | url_host_invalid",
        "http://a..example/ | url_host_invalid",
        "http:/// | url_host_invalid",
        "http://bad host/ | url_host_invalid"})
    void hosts_and_ports_that_cannot_be_read_are_refused(String url, String code) {
        assertRefused(() -> guard.check(url), code);
        assertThat(table.lookedUp()).isEmpty();
    }

    @Test
    void a_name_that_does_not_resolve_is_unreachable() {
        assertRefused(() -> guard.check("https://nowhere.example/a.png"), FetchErrors.UNREACHABLE);
    }

    @Test
    void a_public_name_is_resolved_once_and_its_checked_address_returned() {
        UrlGuard.CheckedTarget checked = guard.check("https://Images.Example./badges/a.png?size=2#top");

        assertThat(table.lookedUp()).containsExactly("images.example");
        assertThat(checked.addresses()).extracting(IpAddress::toString).containsExactly("93.184.215.14");
        assertThat(checked.target().host()).isEqualTo("images.example");
        assertThat(checked.target().hostHeader()).isEqualTo("images.example");
        assertThat(checked.target().requestTarget()).isEqualTo("/badges/a.png?size=2");
        assertThat(checked.target().port()).isEqualTo(443);
    }

    @Test
    void an_allow_listed_address_may_be_reached_in_any_spelling() {
        UrlGuard allowing = new UrlGuard(new AddressPolicy(List.of(Cidr.parse("127.0.0.0/8"))), table);

        UrlGuard.CheckedTarget checked = allowing.check("http://0x7f.1:8080/a.png");

        assertThat(checked.addresses()).extracting(IpAddress::toString).containsExactly("127.0.0.1");
        assertThat(checked.target().hostHeader()).isEqualTo("127.0.0.1:8080");
        assertRefused(() -> allowing.check("http://[::ffff:127.0.0.1]/"), FetchErrors.ADDRESS_REFUSED);
        assertRefused(() -> allowing.check("http://[::1]/"), FetchErrors.ADDRESS_REFUSED);
    }

    @Test
    void public_ipv6_literals_keep_their_brackets_in_the_host_header() {
        FetchTarget target = guard.parse("http://[2606:4700:4700::1111]:8080/");

        assertThat(target.hostHeader()).isEqualTo("[2606:4700:4700::1111]:8080");
        assertThat(target.origin()).isEqualTo("http://[2606:4700:4700::1111]:8080");
    }
}
