package dev.portico.adapters.rest.filter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenInUrlFilterTest {

    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource(delimiter = '|', value = {
        "access_token=abc               | access_token",
        "refresh_token=abc              | refresh_token",
        "token=abc                      | token",
        "limit=5&token=abc              | token",
        "token                          | token",
        "access%5Ftoken=abc             | access_token",
        "ACCESS_TOKEN=abc               | ACCESS_TOKEN"})
    void givenATokenParameter_tokenParameter_namesItAsSent(String query, String expected) {
        assertThat(TokenInUrlFilter.tokenParameter(query)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"limit=5", "tokens=1", "my_token=1", "cursor=token", "a=%zz"})
    void givenNoTokenParameter_tokenParameter_findsNothing(String query) {
        assertThat(TokenInUrlFilter.tokenParameter(query)).isEmpty();
    }
}
