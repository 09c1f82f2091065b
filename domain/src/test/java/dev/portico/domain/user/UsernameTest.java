package dev.portico.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.domain.error.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UsernameTest {

    @Test
    void givenMixedCase_of_keepsItLowerCase() {
        assertThat(Username.of("Alice").value()).isEqualTo("alice");
    }

    @Test
    void givenDifferentCases_of_givesEqualUsernames() {
        assertThat(Username.of("ALICE")).isEqualTo(Username.of("alice"));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 32})
    void givenTheLengthLimits_of_accepts(int length) {
        assertThat(Username.of("a".repeat(length)).value()).hasSize(length);
    }

    @Test
    void givenEveryAllowedCharacter_of_accepts() {
        assertThat(Username.of("a-z_0.9").value()).isEqualTo("a-z_0.9");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 33})
    void givenTooShortOrTooLong_of_refusesOnFieldUsername(int length) {
        assertThatThrownBy(() -> Username.of("a".repeat(length)))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).contains("username");
                    assertThat(error.getMessage()).contains("3 to 32");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"ali ce", "alice@example", "andré", "alice!", "ali\nce"})
    void givenACharacterOutsideTheSet_of_refusesOnFieldUsername(String raw) {
        assertThatThrownBy(() -> Username.of(raw))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        error -> assertThat(error.field()).contains("username"));
    }

    @Test
    void givenNull_of_saysUsernameIsRequired() {
        assertThatThrownBy(() -> Username.of(null))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).contains("username");
                    assertThat(error.getMessage()).isEqualTo("Username is required");
                });
    }

    @Test
    void givenUpperCase_constructor_refusesBecauseOnlyOfLowerCases() {
        assertThatThrownBy(() -> new Username("Alice")).isInstanceOf(InvalidInputException.class);
    }
}
