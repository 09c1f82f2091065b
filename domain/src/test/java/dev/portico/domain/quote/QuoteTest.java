package dev.portico.domain.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteTest {

    private static final Instant AS_OF = Instant.parse("2026-03-02T15:00:00Z");

    private static Quote quote(String price, String previousClose) {
        return new Quote(Symbol.parse("CSCO"), new BigDecimal(price), "USD", AS_OF,
                previousClose == null ? null : new BigDecimal(previousClose), "test");
    }

    @Test
    void givenAPreviousClose_change_isPriceMinusPreviousClose() {
        assertThat(quote("51.25", "50.00").change()).contains(new BigDecimal("1.25"));
        assertThat(quote("49.50", "50.00").change()).contains(new BigDecimal("-0.50"));
    }

    @ParameterizedTest
    @CsvSource({
        "51.25, 50.00, 2.50",
        "49.50, 50.00, -1.00",
        "50.00, 50.00, 0.00",
        "100.005, 100, 0.01",     // 0.005 % rounds half up
        "100.004, 100, 0.00",
        "99.995, 100, -0.01",     // HALF_UP rounds away from zero
        "1, 3, -66.67",
        "2, 3, -33.33",
        "3, 1, 200.00"})
    void givenAPreviousClose_changePercent_isRoundedHalfUpToTwoPlaces(String price, String previousClose,
            String percent) {
        assertThat(quote(price, previousClose).changePercent()).hasValueSatisfying(value -> {
            assertThat(value).isEqualTo(new BigDecimal(percent));
            assertThat(value.scale()).isEqualTo(2);
        });
    }

    @Test
    void givenNoPreviousClose_changeAndChangePercent_areEmpty() {
        Quote quote = quote("51.25", null);

        assertThat(quote.change()).isEmpty();
        assertThat(quote.changePercent()).isEmpty();
    }

    @Test
    void givenAPreviousCloseOfZero_changePercent_isEmpty() {
        assertThat(quote("1.00", "0").changePercent()).isEmpty();
        assertThat(quote("1.00", "0").change()).contains(new BigDecimal("1.00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-0.01", "-50"})
    void givenANonPositivePrice_constructor_refusesIt(String price) {
        assertThatThrownBy(() -> quote(price, "50.00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenAMissingRequiredPart_constructor_refusesIt() {
        Symbol symbol = Symbol.parse("CSCO");
        BigDecimal price = BigDecimal.ONE;
        assertThatThrownBy(() -> new Quote(null, price, "USD", AS_OF, null, "test")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Quote(symbol, null, "USD", AS_OF, null, "test")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Quote(symbol, price, null, AS_OF, null, "test")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Quote(symbol, price, "USD", null, null, "test")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Quote(symbol, price, "USD", AS_OF, null, null)).isInstanceOf(NullPointerException.class);
    }
}
