package dev.portico.adapters.rest.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.domain.error.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class V1SymbolTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"csco|CSCO", "' CSCO '|CSCO", "CSCO|CSCO", "A|A", "GOOGL|GOOGL"})
    void givenAPlainTicker_parse_givesItTrimmedAndUpperCased(String raw, String canonical) {
        assertThat(V1Symbol.parse(raw).value()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "CSCO1", "TOOLONG", "BRK.B", "BRK-B", "BRK/B", "brk.b", "ÄPPL", "C SCO", "\tCS\nCO"})
    void givenAMalformedTickerOrAShareClass_parse_refusesOnFieldSymbol(String raw) {
        assertThatThrownBy(() -> V1Symbol.parse(raw)).isInstanceOfSatisfying(InvalidInputException.class, error -> {
            assertThat(error.field()).contains("symbol");
            assertThat(error.getMessage()).isEqualTo("Invalid ticker symbol");
        });
    }
}
