package dev.portico.domain.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferrerHostTest {

    @ParameterizedTest
    @CsvSource({
            "https://news.ycombinator.com/item?id=1, news.ycombinator.com",
            "https://News.YCombinator.COM/, news.ycombinator.com",
            "http://example.com:8080/path, example.com",
            "https://user:secret@example.com/, example.com",
            "https://user@example.com:443/x, example.com",
            "https://a@b@example.com/, example.com",
            "http://[::1]:8080/, [::1]",
            "http://user@[2001:DB8::1]:8080/x, [2001:db8::1]",
            "android-app://com.x/, com.x",
            "https://example.com, example.com",
            "https://example.com?q=1, example.com",
            "https://example.com#top, example.com",
    })
    void givenAReferrer_of_givesItsLowerCaseHostWithoutPortOrUserInfo(String referrer, String host) {
        assertThat(ReferrerHost.of(referrer)).contains(host);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"not a url", "://x", "example.com", "/relative/path", "https://", "https:///path",
            "https://user@/", "https://:8080/", "http://[::1/"})
    void givenNoHostToRead_of_isEmpty(String referrer) {
        assertThat(ReferrerHost.of(referrer)).isEmpty();
    }

    @Test
    void aUpperCaseReferrerIsLowered() {
        assertThat(ReferrerHost.of("HTTPS://WWW.EXAMPLE.ORG/PAGE")).contains("www.example.org");
    }
}
