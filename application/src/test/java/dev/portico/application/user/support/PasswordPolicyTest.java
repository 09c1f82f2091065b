package dev.portico.application.user.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.support.FakePasswordStrength;
import dev.portico.application.user.support.PasswordPolicy;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.user.Password;
import dev.portico.domain.user.Username;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final Username ALICE = Username.of("alice");

    private final PasswordPolicy policy = new PasswordPolicy(FakePasswordStrength.weakWhenContaining("weak",
            "This is a top-10 common password.", List.of("Add another word or two.", "Avoid common phrases.")));

    @Test
    void given11Characters_check_refusesNamingTheMinimum() {
        assertThatThrownBy(() -> policy.check(ALICE, new Password("a".repeat(11))))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).contains("password");
                    assertThat(error.getMessage()).contains("12").contains("11");
                });
    }

    @Test
    void given12StrongCharacters_check_accepts() {
        assertThatCode(() -> policy.check(ALICE, new Password("x".repeat(12)))).doesNotThrowAnyException();
    }

    @Test
    void given128Characters_check_accepts() {
        assertThatCode(() -> policy.check(ALICE, new Password("x".repeat(128)))).doesNotThrowAnyException();
    }

    @Test
    void given129Characters_check_refusesNamingTheMaximum() {
        assertThatThrownBy(() -> policy.check(ALICE, new Password("x".repeat(129))))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).contains("password");
                    assertThat(error.getMessage()).contains("128");
                });
    }

    @Test
    void given12Emoji_check_countsTwelveCharactersNotTwentyFour() {
        String twelveEmoji = "😀".repeat(12);

        assertThatCode(() -> policy.check(ALICE, new Password(twelveEmoji))).doesNotThrowAnyException();
    }

    @Test
    void given11EmojiOf22Units_check_refusesAsTooShort() {
        assertThatThrownBy(() -> policy.check(ALICE, new Password("😀".repeat(11))))
                .hasMessageContaining("at least 12").hasMessageContaining("it has 11");
    }

    @Test
    void given128EmojiOf256Units_check_accepts() {
        assertThatCode(() -> policy.check(ALICE, new Password("😀".repeat(128)))).doesNotThrowAnyException();
    }

    @Test
    void givenTheUsernameInAnyCase_check_refuses() {
        assertThatThrownBy(() -> policy.check(ALICE, new Password("my-ALICE-is-long")))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).contains("password");
                    assertThat(error.getMessage()).isEqualTo("Password must not contain the username");
                });
    }

    @Test
    void givenALowScore_check_refusesWithTheWarningAndSuggestions() {
        assertThatThrownBy(() -> policy.check(ALICE, new Password("weak-but-long-enough")))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).contains("password");
                    assertThat(error.getMessage())
                            .startsWith("Password is too easy to guess")
                            .isEqualTo("Password is too easy to guess: this is a top-10 common password. "
                                    + "Add another word or two. Avoid common phrases.");
                });
    }

    @Test
    void givenALowScoreWithoutHints_check_suggestsAPassphrase() {
        PasswordPolicy bare = new PasswordPolicy(new FakePasswordStrength(password -> 2, null, List.of()));

        assertThatThrownBy(() -> bare.check(ALICE, new Password("long enough password")))
                .hasMessage("Password is too easy to guess. Use a longer passphrase of several unrelated words.");
    }

    @Test
    void givenScoreThree_check_accepts() {
        PasswordPolicy justEnough = new PasswordPolicy(new FakePasswordStrength(password -> 3, "", List.of()));

        assertThatCode(() -> justEnough.check(ALICE, new Password("long enough password")))
                .doesNotThrowAnyException();
    }
}
