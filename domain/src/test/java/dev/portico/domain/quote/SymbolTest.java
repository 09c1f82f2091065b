package dev.portico.domain.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.domain.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SymbolTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BRK.B|BRK.B", "BRK-B|BRK.B", "BRK/B|BRK.B", "brk.b|BRK.B", "' brk-b '|BRK.B",
        "BF.B|BF.B", "bf-b|BF.B", "GOOGL|GOOGL", "csco|CSCO", "A|A", "A.B|A.B", "ABCDE.FG|ABCDE.FG"})
    void givenATickerWithOrWithoutAShareClass_parse_givesItsCanonicalForm(String raw, String canonical) {
        assertThat(Symbol.parse(raw).value()).isEqualTo(canonical);
    }

    @Test
    void givenTheSeparatorSpellings_parse_givesEqualSymbols() {
        assertThat(Symbol.parse("BRK.B")).isEqualTo(Symbol.parse("brk-b")).isEqualTo(Symbol.parse("Brk/B"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "BRK.BBB", "BRK..B", "BRK.B.C", "BRK.-B", ".B", "BRK.", "BRK-1", "TOOLONG.A",
        "TOOLONG", "CSCO1", "ÄPPL", "BRK.Ä", "C SCO", "BRK B", "BRK_B", "-", "."})
    void givenAMalformedTicker_parse_refusesOnFieldSymbol(String raw) {
        assertInvalid(() -> Symbol.parse(raw));
    }

    @Test
    void givenAShareClass_rootAndShareClass_splitIt() {
        Symbol symbol = Symbol.parse("brk-b");

        assertThat(symbol.root()).isEqualTo("BRK");
        assertThat(symbol.shareClass()).contains("B");
        assertThat(symbol).hasToString("BRK.B");
    }

    @Test
    void givenNoShareClass_rootIsTheWholeTicker() {
        Symbol symbol = Symbol.parse("GOOGL");

        assertThat(symbol.root()).isEqualTo("GOOGL");
        assertThat(symbol.shareClass()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CSCO", "BRK.B", "BF.B", "A", "ABCDE.FG"})
    void givenACanonicalValue_constructor_keepsIt(String value) {
        assertThat(new Symbol(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"brk.b", "BRK-B", "BRK/B", "csco", " CSCO", "CSCO ", "BRK.BBB", "TOOLONG", ".B", "BRK."})
    void givenANonCanonicalValue_constructor_refusesIt(String value) {
        assertThatThrownBy(() -> new Symbol(value)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, error -> {
            assertThat(error.field()).contains("symbol");
            assertThat(error.getMessage()).isEqualTo("Invalid ticker symbol");
        });
    }
}
