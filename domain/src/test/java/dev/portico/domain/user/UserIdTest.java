package dev.portico.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Disabled;
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

    /**
     * BUG in {@link UserId#parse}: a 19-digit number above {@code Long.MAX_VALUE} passes the length
     * check and {@code Long.parseLong} throws {@code NumberFormatException} (a 500, not "empty"), and
     * {@code Character::isDigit} lets non-ASCII digits through ({@code "٤٢"} parses as 42). Enable once
     * parse checks {@code '0' <= c <= '9'} and catches {@code NumberFormatException}.
     */
    @Disabled("BUG: UserId.parse throws on 19 digits above Long.MAX_VALUE and accepts non-ASCII digits")
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
