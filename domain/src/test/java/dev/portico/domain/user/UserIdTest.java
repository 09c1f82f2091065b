package dev.portico.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UserIdTest {

    @Test
    void givenAPositiveDecimal_parse_givesTheId() {
        assertThat(UserId.parse("42")).contains(new UserId(42));
    }

    @Test
    void givenLongMaxValue_parse_givesTheId() {
        assertThat(UserId.parse("9223372036854775807")).contains(new UserId(Long.MAX_VALUE));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"0", "-1", "abc", "", "12345678901234567890", "+1", " 1", "4 2"})
    void givenNoPositiveDecimal_parse_isEmpty(String text) {
        assertThat(UserId.parse(text)).isEmpty();
    }

    /** Sub claims arrive from outside: an overflow or a non-ASCII digit is "not a user id", not an exception. */
    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775808", "9999999999999999999", "٤٢"})
    void givenAnOverflowingOrNonAsciiNumber_parse_isEmpty(String text) {
        assertThat(UserId.parse(text)).isEmpty();
    }

    @Test
    void givenZero_constructor_refuses() {
        assertThatThrownBy(() -> new UserId(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenAnId_toString_isTheDecimal() {
        assertThat(new UserId(7)).hasToString("7");
    }
}
