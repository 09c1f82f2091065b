package dev.portico.domain.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DailySnapshotTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 27);

    private static DailySnapshot snapshot(String open, String high, String low, String close, String previousClose,
            long volume) {
        return new DailySnapshot(Symbol.parse("BRK.B"), DAY, new BigDecimal(open), new BigDecimal(high),
                new BigDecimal(low), new BigDecimal(close), new BigDecimal(previousClose), volume, "USD");
    }

    @Test
    void givenConsistentPrices_constructor_keepsThem() {
        DailySnapshot snapshot = snapshot("50.00", "52.00", "49.00", "51.00", "50.50", 1_000);

        assertThat(snapshot.high()).isEqualTo(new BigDecimal("52.00"));
        assertThat(snapshot.volume()).isEqualTo(1_000);
    }

    @Test
    void givenAFlatDayWithNoVolume_constructor_acceptsIt() {
        DailySnapshot snapshot = snapshot("50", "50", "50", "50", "50", 0);

        assertThat(snapshot.change()).isEqualByComparingTo("0");
        assertThat(snapshot.changePercent()).isEqualTo(new BigDecimal("0.00"));
    }

    @ParameterizedTest(name = "open {0} high {1} low {2} close {3}")
    @CsvSource({
        "50, 49, 51, 50",   // high below low
        "53, 52, 49, 51",   // open above high
        "48, 52, 49, 51",   // open below low
        "50, 52, 49, 53",   // close above high
        "50, 52, 49, 48"})  // close below low
    void givenInconsistentPrices_constructor_refusesThem(String open, String high, String low, String close) {
        assertThatThrownBy(() -> snapshot(open, high, low, close, "50", 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenANegativeVolume_constructor_refusesIt() {
        assertThatThrownBy(() -> snapshot("50", "52", "49", "51", "50", -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenAMissingPart_constructor_refusesIt() {
        Symbol symbol = Symbol.parse("CSCO");
        BigDecimal one = BigDecimal.ONE;
        assertThatThrownBy(() -> new DailySnapshot(symbol, DAY, one, one, one, one, null, 0, "USD"))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new DailySnapshot(symbol, null, one, one, one, one, one, 0, "USD"))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new DailySnapshot(symbol, DAY, one, one, one, one, one, 0, null))
                .isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "51.00, 50.00, 1.00, 2.00",
        "49.00, 50.00, -1.00, -2.00",
        "100.005, 100, 0.005, 0.01",
        "99.995, 100, -0.005, -0.01",
        "1, 3, -2, -66.67"})
    void givenAPreviousClose_changeAndChangePercent_followTheClose(String close, String previousClose, String change,
            String percent) {
        DailySnapshot snapshot = snapshot(close, close, close, close, previousClose, 10);

        assertThat(snapshot.change()).isEqualByComparingTo(change);
        assertThat(snapshot.changePercent()).isEqualTo(new BigDecimal(percent));
    }

    @Test
    void givenAPreviousCloseOfZero_changePercent_isZeroToTwoPlaces() {
        DailySnapshot snapshot = snapshot("1.00", "1.00", "1.00", "1.00", "0", 10);

        assertThat(snapshot.change()).isEqualByComparingTo("1.00");
        assertThat(snapshot.changePercent()).isEqualTo(new BigDecimal("0.00"));
    }
}
