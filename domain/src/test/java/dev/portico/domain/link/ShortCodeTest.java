package dev.portico.domain.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.domain.error.InvalidInputException;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShortCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "A-b_9", "Abc123", "x--", "9__", "abcdefghijklmnopqrstuvwxyz012345"})
    void givenAWellFormedCode_custom_acceptsItAsGiven(String raw) {
        assertThat(ShortCode.custom(raw).value()).isEqualTo(raw);
    }

    @Test
    void givenThreeAndThirtyTwoCharacters_custom_acceptsBothBounds() {
        assertThat(ShortCode.custom("a".repeat(3)).value()).hasSize(3);
        assertThat(ShortCode.custom("a".repeat(32)).value()).hasSize(32);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "ab c", "ab/c", "ab.c", "abé", "-abc", "_abc",
            " abc", "abc ", "ab\nc", "ab%41"})
    void givenAMalformedCode_custom_refusesItOnCustomCode(String raw) {
        assertThatThrownBy(() -> ShortCode.custom(raw))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).contains(ShortCode.FIELD))
                .hasMessageContaining("3 to 32 characters");
    }

    @Test
    void givenNull_custom_refusesItOnCustomCode() {
        assertThatThrownBy(() -> ShortCode.custom(null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).contains("custom_code"));
    }

    @Test
    void theLengthBoundsAreExact() {
        assertThat(ShortCode.lookup("a".repeat(2))).isEmpty();
        assertThat(ShortCode.lookup("a".repeat(33))).isEmpty();
    }

    static Stream<String> reservedSpellings() {
        return ShortCode.RESERVED.stream().flatMap(word -> Stream.of(word, word.toUpperCase(Locale.ROOT),
                Character.toUpperCase(word.charAt(0)) + word.substring(1)));
    }

    @ParameterizedTest
    @MethodSource("reservedSpellings")
    void givenAReservedWordInAnyCase_custom_refusesItOnCustomCode(String raw) {
        assertThatThrownBy(() -> ShortCode.custom(raw))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).contains(ShortCode.FIELD))
                .hasMessageContaining("reserved");
    }

    @Test
    void theReservedWordsIncludeTheServicesOwnPaths() {
        assertThat(ShortCode.RESERVED).contains("api", "admin", "well-known", "docs", "openapi", "health", "login");
        assertThatThrownBy(() -> ShortCode.custom("API")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ShortCode.custom("Admin")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ShortCode.custom("Well-Known")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void givenAReservedWordWithMore_custom_acceptsIt() {
        assertThat(ShortCode.custom("apis").value()).isEqualTo("apis");
        assertThat(ShortCode.custom("admin2").value()).isEqualTo("admin2");
    }

    @Test
    void generate_makesSevenBase62Characters() {
        ShortCode code = ShortCode.generate(new SecureRandom());

        assertThat(code.value()).hasSize(ShortCode.GENERATED_LENGTH).matches("[0-9A-Za-z]{7}");
    }

    @Test
    void givenAThousandCalls_generate_makesDistinctWellFormedCodes() {
        SecureRandom random = new SecureRandom();
        Set<String> codes = new HashSet<>();

        for (int i = 0; i < 1_000; i++) {
            codes.add(ShortCode.generate(random).value());
        }

        // 62^7 is about 3.5e12, so a duplicate among 1,000 has a chance of about 1.4e-7.
        assertThat(codes).hasSize(1_000).allMatch(code -> code.matches("[0-9A-Za-z]{7}"));
    }

    @Test
    void generate_mayProduceAReservedWordButNeverAMalformedCode() {
        assertThat(ShortCode.lookup(ShortCode.generate(new SecureRandom()).value())).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "-abc", "ab/c", "ab.c", "abé", "a b c"})
    void givenACodeThatCannotNameALink_lookup_isEmpty(String raw) {
        assertThat(ShortCode.lookup(raw)).isEmpty();
    }

    @Test
    void givenNull_lookup_isEmpty() {
        assertThat(ShortCode.lookup(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "Abc1234", "admin", "API"})
    void givenAWellFormedCode_lookup_findsIt_reservedWordsIncluded(String raw) {
        assertThat(ShortCode.lookup(raw)).contains(new ShortCode(raw));
    }

    @Test
    void codesAreCaseSensitive() {
        assertThat(new ShortCode("Abc")).isNotEqualTo(new ShortCode("abc"));
        assertThat(new ShortCode("Abc")).hasToString("Abc");
    }

    @Test
    void givenAMalformedValue_theConstructor_refusesIt() {
        assertThatThrownBy(() -> new ShortCode("a/b")).isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(InvalidInputException.class);
    }
}
