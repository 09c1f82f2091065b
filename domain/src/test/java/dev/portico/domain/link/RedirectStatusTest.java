package dev.portico.domain.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.domain.error.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedirectStatusTest {

    @ParameterizedTest
    @CsvSource({"301, MOVED_PERMANENTLY", "302, FOUND", "307, TEMPORARY_REDIRECT", "308, PERMANENT_REDIRECT"})
    void givenARedirectCode_of_givesItsStatus(int code, RedirectStatus status) {
        assertThat(RedirectStatus.of(code)).isEqualTo(status);
        assertThat(RedirectStatus.of(code).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(ints = {303, 200, 0, -301, 300, 304, 309, 404})
    void givenAnyOtherCode_of_refusesItOnRedirectStatus(int code) {
        assertThatThrownBy(() -> RedirectStatus.of(code))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).contains("redirect_status"));
    }
}
