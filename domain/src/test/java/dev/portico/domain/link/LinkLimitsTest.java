package dev.portico.domain.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.domain.error.InvalidInputException;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkLimitsTest {

    @ParameterizedTest
    @ValueSource(longs = {60, 61, 3_600, 31_535_999, 31_536_000})
    void givenSecondsInRange_expiresIn_givesTheDuration(long seconds) {
        assertThat(LinkLimits.expiresIn(seconds)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @ValueSource(longs = {59, 0, -60, 31_536_001, Long.MAX_VALUE, Long.MIN_VALUE})
    void givenSecondsOutOfRange_expiresIn_refusesThemOnExpiresIn(long seconds) {
        assertThatThrownBy(() -> LinkLimits.expiresIn(seconds))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).contains("expires_in"));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 1_000, 999_999_999, 1_000_000_000})
    void givenVisitsInRange_maxVisits_givesThem(long visits) {
        assertThat(LinkLimits.maxVisits(visits)).isEqualTo(visits);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, 1_000_000_001, Long.MAX_VALUE})
    void givenVisitsOutOfRange_maxVisits_refusesThemOnMaxVisits(long visits) {
        assertThatThrownBy(() -> LinkLimits.maxVisits(visits))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).contains("max_visits"));
    }
}
