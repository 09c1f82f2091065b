package dev.portico.domain.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.portico.domain.error.InvalidInputException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetUrlTest {

    private static final String OWN_BASE = "https://sho.rt";
    private static final String LOCAL_BASE = "http://localhost:8080";

    private static final String SCHEME = "must use http or https";
    private static final String ABSOLUTE = "must be absolute";
    private static final String HOST = "must include a host";
    private static final String USER_INFO = "must not contain a user name or password";
    private static final String SELF = "must not point at this service";
    private static final String PRIVATE = "must not point at a private, loopback or link-local address";
    private static final String BAD_HOST = "host is not valid";
    private static final String SPACES = "must not contain spaces or control characters";
    private static final String PORT = "port must be a number from 1 to 65535";

    static Stream<Arguments> refused() {
        return Stream.of(
                arguments("javascript:alert(1)", OWN_BASE, SCHEME),
                arguments("JavaScript:alert(1)", OWN_BASE, SCHEME),
                arguments("data:text/html,x", OWN_BASE, SCHEME),
                arguments("file:///etc/passwd", OWN_BASE, SCHEME),
                arguments("ftp://example.com/", OWN_BASE, SCHEME),
                arguments("mailto:someone@example.com", OWN_BASE, SCHEME),
                arguments("//example.com/x", OWN_BASE, ABSOLUTE),
                arguments("/s/abc", OWN_BASE, ABSOLUTE),
                arguments("example.com", OWN_BASE, ABSOLUTE),
                arguments("http:///x", OWN_BASE, HOST),
                arguments("https://", OWN_BASE, HOST),
                arguments("http:example.com", OWN_BASE, HOST),
                arguments("http:/example.com", OWN_BASE, HOST),
                arguments("http://:80/", OWN_BASE, HOST),
                arguments("https://bank.com@evil.example", OWN_BASE, USER_INFO),
                arguments("https://u:p@example.com/", OWN_BASE, USER_INFO),
                arguments("https://@example.com/", OWN_BASE, USER_INFO),
                arguments("https://exa mple.com/", OWN_BASE, SPACES),
                arguments("https://example.com/a b", OWN_BASE, SPACES),
                arguments("https://example.com/\tx", OWN_BASE, SPACES),
                arguments("java\nscript:alert(1)", OWN_BASE, SPACES),
                arguments("https://example.com/\u202Egnp.exe", OWN_BASE, SPACES),
                arguments("https://example.com\\@evil.example/", OWN_BASE, "must not contain a backslash"),
                arguments("https://example.com:0/", OWN_BASE, PORT),
                arguments("https://example.com:65536/", OWN_BASE, PORT),
                arguments("https://example.com:99999999999/", OWN_BASE, PORT),
                arguments("https://example.com:8o/", OWN_BASE, PORT),
                arguments("http://localhost:8080/s/abc", LOCAL_BASE, SELF),
                arguments("http://LOCALHOST.:8080/s/abc", LOCAL_BASE, SELF),
                arguments("https://sho.rt/s/x", OWN_BASE, SELF),
                arguments("https://SHO.RT./x", OWN_BASE, SELF),
                arguments("https://sho.rt:443/x", OWN_BASE, SELF),
                arguments("HTTPS://sho.rt", OWN_BASE, SELF),
                arguments("http://sho.rt/x", OWN_BASE, SELF),
                arguments("https://sho.rt/x", "https://sho.rt/prefix/", SELF),
                arguments("http://127.0.0.1", OWN_BASE, PRIVATE),
                arguments("http://127.1", OWN_BASE, PRIVATE),
                arguments("http://127.0.1", OWN_BASE, PRIVATE),
                arguments("http://0x7f000001", OWN_BASE, PRIVATE),
                arguments("http://0X7F000001", OWN_BASE, PRIVATE),
                arguments("http://0x7f.0.0.1", OWN_BASE, PRIVATE),
                arguments("http://0x7f.1", OWN_BASE, PRIVATE),
                arguments("http://2130706433", OWN_BASE, PRIVATE),
                arguments("http://0177.0.0.1", OWN_BASE, PRIVATE),
                arguments("http://017700000001", OWN_BASE, PRIVATE),
                arguments("http://127.0.0.1.", OWN_BASE, PRIVATE),
                arguments("http://127.0.0.1:8081/x", OWN_BASE, PRIVATE),
                arguments("http://%31%32%37.0.0.1/", OWN_BASE, PRIVATE),
                arguments("http://\uFF11\uFF12\uFF17.\uFF10.\uFF10.\uFF11/", OWN_BASE, PRIVATE),
                arguments("http://127\u30020\u30020\u30021/", OWN_BASE, PRIVATE),
                arguments("http://0.0.0.0", OWN_BASE, PRIVATE),
                arguments("http://0", OWN_BASE, PRIVATE),
                arguments("http://[::1]", OWN_BASE, PRIVATE),
                arguments("http://[0:0:0:0:0:0:0:1]:8080/", OWN_BASE, PRIVATE),
                arguments("http://[::]", OWN_BASE, PRIVATE),
                arguments("http://[::ffff:127.0.0.1]", OWN_BASE, PRIVATE),
                arguments("http://[::FFFF:7F00:1]", OWN_BASE, PRIVATE),
                arguments("http://[::ffff:7f00:1]", OWN_BASE, PRIVATE),
                arguments("http://[::ffff:a9fe:a9fe]", OWN_BASE, PRIVATE),
                arguments("http://[::127.0.0.1]", OWN_BASE, PRIVATE),
                arguments("http://[64:ff9b::10.0.0.1]", OWN_BASE, PRIVATE),
                arguments("http://[64:ff9b::c0a8:101]", OWN_BASE, PRIVATE),
                arguments("http://[2002:7f00:1::]", OWN_BASE, PRIVATE),
                arguments("http://10.0.0.1", OWN_BASE, PRIVATE),
                arguments("http://172.16.5.4", OWN_BASE, PRIVATE),
                arguments("http://172.31.255.255", OWN_BASE, PRIVATE),
                arguments("http://192.168.1.1", OWN_BASE, PRIVATE),
                arguments("http://169.254.169.254", OWN_BASE, PRIVATE),
                arguments("http://[fe80::1]", OWN_BASE, PRIVATE),
                arguments("http://[FEBF::1]", OWN_BASE, PRIVATE),
                arguments("http://[fd00::1]", OWN_BASE, PRIVATE),
                arguments("http://[fc00::1]", OWN_BASE, PRIVATE),
                arguments("http://[ff02::1]", OWN_BASE, PRIVATE),
                arguments("http://localhost", OWN_BASE, PRIVATE),
                arguments("http://LOCALHOST.", OWN_BASE, PRIVATE),
                arguments("http://api.localhost", OWN_BASE, PRIVATE),
                arguments("http://api.LocalHost./", OWN_BASE, PRIVATE),
                arguments("http://loc%61lhost/", OWN_BASE, PRIVATE),
                arguments("http://\uFF4C\uFF4F\uFF43\uFF41\uFF4C\uFF48\uFF4F\uFF53\uFF54/", OWN_BASE, PRIVATE),
                arguments("http://100.64.0.1", OWN_BASE, PRIVATE),
                arguments("http://100.127.255.255", OWN_BASE, PRIVATE),
                arguments("http://224.0.0.1", OWN_BASE, PRIVATE),
                arguments("http://240.0.0.1", OWN_BASE, PRIVATE),
                arguments("http://255.255.255.255", OWN_BASE, PRIVATE),
                arguments("http://[fe80::1%25eth0]/", OWN_BASE, "must not contain an IPv6 zone identifier"),
                arguments("http://[fe80::1%eth0]/", OWN_BASE, "must not contain an IPv6 zone identifier"),
                arguments("http://256.0.0.1", OWN_BASE, BAD_HOST),
                arguments("http://127.0.0.0.1", OWN_BASE, BAD_HOST),
                arguments("http://0x100000000", OWN_BASE, BAD_HOST),
                arguments("http://4294967296", OWN_BASE, BAD_HOST),
                arguments("http://127.16777216", OWN_BASE, BAD_HOST),
                arguments("http://09.0.0.1", OWN_BASE, BAD_HOST),
                arguments("http://127..0.1", OWN_BASE, BAD_HOST),
                arguments("http://example.123", OWN_BASE, BAD_HOST),
                arguments("http://" + "9".repeat(40), OWN_BASE, BAD_HOST),
                arguments("http://[::1", OWN_BASE, BAD_HOST),
                arguments("http://[::1]x/", OWN_BASE, BAD_HOST),
                arguments("http://[1:2:3:4:5:6:7:8:9]", OWN_BASE, BAD_HOST),
                arguments("http://[1::2::3]", OWN_BASE, BAD_HOST),
                arguments("http://[::ffff:127.0.0.01]", OWN_BASE, BAD_HOST),
                arguments("http://[::ffff:127.0.0]", OWN_BASE, BAD_HOST),
                arguments("http://[example.com]", OWN_BASE, BAD_HOST),
                arguments("http://%5B::1%5D/", OWN_BASE, BAD_HOST),
                arguments("http://exa%2Fmple.com/", OWN_BASE, BAD_HOST),
                arguments("http://exa%zzmple.com/", OWN_BASE, BAD_HOST),
                arguments("http://exa%ffmple.com/", OWN_BASE, BAD_HOST),
                arguments("http://exa<mple.com/", OWN_BASE, BAD_HOST),
                arguments("http://a..b.example/", OWN_BASE, BAD_HOST),
                arguments("http://./", OWN_BASE, BAD_HOST));
    }

    @ParameterizedTest(name = "{0} (own base {1}) is refused: {2}")
    @MethodSource("refused")
    void givenARefusedForm_parse_refusesOnFieldUrlSayingWhy(String raw, String ownBase, String because) {
        assertThatThrownBy(() -> TargetUrl.parse(raw, ownBase, false))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).contains(TargetUrl.FIELD);
                    assertThat(error.getMessage()).startsWith("URL ").contains(because);
                });
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                arguments("https://example.com/long-article-path?q=1#frag", "example.com"),
                arguments("HTTP://Example.COM", "example.com"),
                arguments("https://example.com.:8443/", "example.com"),
                arguments("http://8.8.8.8/", "8.8.8.8"),
                arguments("http://134744072/", "8.8.8.8"),
                arguments("http://[2606:4700::1111]/", "[2606:4700::1111]"),
                arguments("http://[2606:4700:0:0:0:0:0:1111]:8080/", "[2606:4700::1111]"),
                arguments("http://[::ffff:8.8.8.8]/", "[::ffff:808:808]"),
                arguments("http://[64:ff9b::8.8.8.8]/", "[64:ff9b::808:808]"),
                arguments("https://xn--bcher-kva.example/", "xn--bcher-kva.example"),
                arguments("https://bücher.example/", "xn--bcher-kva.example"),
                arguments("https://B%C3%BCcher.example/", "xn--bcher-kva.example"),
                arguments("http://172.32.0.1", "172.32.0.1"),
                arguments("http://172.15.255.255", "172.15.255.255"),
                arguments("http://100.128.0.1", "100.128.0.1"),
                arguments("http://11.0.0.1", "11.0.0.1"),
                arguments("https://localhost.example.com/", "localhost.example.com"),
                arguments("https://mylocalhost/", "mylocalhost"),
                arguments("https://sho.rt:8443/x", "sho.rt"),
                arguments("https://www.sho.rt/x", "www.sho.rt"),
                arguments("https://example.com:/x", "example.com"),
                arguments("https://example.com/a@b/c:d?e=f@g", "example.com"),
                arguments("https://example.com/path/caf\u00e9?q=\u00fc", "example.com"));
    }

    @ParameterizedTest(name = "{0} is accepted, host {1}")
    @MethodSource("accepted")
    void givenAPublicHttpUrl_parse_keepsItAsGivenAndReadsItsHost(String raw, String host) {
        TargetUrl url = TargetUrl.parse(raw, OWN_BASE, false);

        assertThat(url.value()).isEqualTo(raw);
        assertThat(url.host()).isEqualTo(host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8081/x", "http://localhost:3000", "http://[::1]:9000/", "http://10.1.2.3/"})
    void givenAllowPrivate_parse_acceptsInternalAddresses(String raw) {
        assertThat(TargetUrl.parse(raw, LOCAL_BASE, true).value()).isEqualTo(raw);
    }

    @ParameterizedTest(name = "{0} with own base {1}")
    @CsvSource({
        "http://localhost:8080/s/abc, http://localhost:8080",
        "HTTP://LocalHost.:8080, http://localhost:8080/prefix",
        "http://127.0.0.1:8080/, http://127.0.0.1:8080/prefix",
        "http://127.1:8080/, http://127.0.0.1:8080",
        "http://[0::1]:8080/s/x, http://[::1]:8080"
    })
    void givenAllowPrivate_parse_stillRefusesThisService(String raw, String ownBase) {
        assertThatThrownBy(() -> TargetUrl.parse(raw, ownBase, true))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        error -> assertThat(error.getMessage()).contains(SELF));
    }

    @Test
    void givenExactlyTheMaximumLength_parse_accepts() {
        String raw = urlOfLength(TargetUrl.MAX_LENGTH);

        assertThat(TargetUrl.parse(raw, OWN_BASE, false).value()).hasSize(2048);
    }

    @Test
    void givenOneCharacterTooMany_parse_refusesNamingTheLimit() {
        assertThatThrownBy(() -> TargetUrl.parse(urlOfLength(TargetUrl.MAX_LENGTH + 1), OWN_BASE, false))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).contains("url");
                    assertThat(error.getMessage()).contains("2048");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void givenNothing_parse_saysUrlIsRequired(String raw) {
        assertThatThrownBy(() -> TargetUrl.parse(raw, OWN_BASE, false))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).contains("url");
                    assertThat(error.getMessage()).isEqualTo("URL is required");
                });
    }

    @Test
    void givenNull_parse_saysUrlIsRequired() {
        assertThatThrownBy(() -> TargetUrl.parse(null, OWN_BASE, false))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).contains("url");
                    assertThat(error.getMessage()).isEqualTo("URL is required");
                });
    }

    @Test
    void givenSurroundingWhitespace_parse_stripsItLikeABrowser() {
        assertThat(TargetUrl.parse("  https://example.com/x\n", OWN_BASE, false).value())
                .isEqualTo("https://example.com/x");
    }

    @Test
    void givenAnInvalidOwnBase_parse_reportsAConfigurationError() {
        assertThatThrownBy(() -> TargetUrl.parse("https://example.com/", "sho.rt", false))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(InvalidInputException.class);
    }

    @Test
    void givenAStructurallyBrokenValue_constructor_refuses() {
        assertThatThrownBy(() -> new TargetUrl("javascript:alert(1)")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new TargetUrl(" https://example.com/")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void givenAPrivateAddress_constructor_acceptsBecausePolicyBelongsToParse() {
        assertThat(new TargetUrl("http://127.0.0.1/").host()).isEqualTo("127.0.0.1");
    }

    private static String urlOfLength(int length) {
        String prefix = "https://example.com/";
        return prefix + "a".repeat(length - prefix.length());
    }
}
