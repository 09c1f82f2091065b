package dev.portico.adapters.rest.filter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaTypeNegotiationTest {

    @ParameterizedTest(name = "Accept: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "application/json                         | true",
        "*/*                                      | true",
        "application/*                            | true",
        "text/html, application/json;q=0.5        | true",
        "text/html, */*;q=0.1                     | true",
        "APPLICATION/JSON                         | true",
        "text/html                                | false",
        "text/plain, text/html                    | false",
        "application/json;q=0, text/plain         | false",
        "application/json; q=0.0                  | false",
        "application/xml                          | false"})
    void acceptsJson_followsTheMediaRangesAndTheirQualities(String accept, boolean expected) {
        assertThat(MediaTypeNegotiation.acceptsJson(accept)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Content-Type: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "application/json                  | true",
        "application/json; charset=utf-8   | true",
        "application/json;charset=UTF-8    | true",
        "application/json; charset=latin1  | false",
        "text/plain                        | false",
        "application/x-www-form-urlencoded | false",
        "application/*                     | false",
        "*/*                               | false",
        "not a media type                  | false"})
    void isJson_acceptsOnlyJsonInUtf8(String contentType, boolean expected) {
        assertThat(MediaTypeNegotiation.isJson(contentType)).isEqualTo(expected);
    }
}
