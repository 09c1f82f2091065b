package dev.portico.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenSettingsTest {

    @Test
    void defaults_areTheContractsLifetimes() {
        TokenSettings defaults = TokenSettings.defaults();

        assertThat(defaults.accessTtl()).isEqualTo(Duration.ofMinutes(15));
        assertThat(defaults.refreshTtl()).isEqualTo(Duration.ofDays(7));
        assertThat(defaults.familyTtl()).isEqualTo(Duration.ofDays(30));
        assertThat(defaults.clockSkew()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void givenASubSecondLifetime_constructor_refuses() {
        assertThatThrownBy(() -> new TokenSettings(Duration.ofMillis(999), Duration.ofDays(7), Duration.ofDays(30),
                Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenAFamilyShorterThanOneRefreshToken_constructor_refuses() {
        assertThatThrownBy(() -> new TokenSettings(Duration.ofMinutes(15), Duration.ofDays(7), Duration.ofDays(6),
                Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
