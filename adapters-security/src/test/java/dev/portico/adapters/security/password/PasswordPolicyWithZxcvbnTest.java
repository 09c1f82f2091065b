package dev.portico.adapters.security.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.user.support.PasswordPolicy;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.user.Password;
import dev.portico.domain.user.Username;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** The application's password policy with the real estimator behind it. */
class PasswordPolicyWithZxcvbnTest {

    private static final Username ALICE = Username.of("alice");

    private final PasswordPolicy policy = new PasswordPolicy(new ZxcvbnPasswordStrength());

    @Test
    void givenARepeatedCharacter_check_refusesAndSaysWhatToChange() {
        refusal("aaaaaaaaaaaa")
                .hasMessageMatching("Password is too easy to guess: .+\\. .+")
                .hasMessageContaining("Add another word");
    }

    @Test
    void givenElevenCharacters_check_refusesAndNamesTheMinimum() {
        refusal("Xk9#mQ2!vL7").hasMessageContaining("12");
    }

    @Test
    void given129Characters_check_refusesAndNamesTheMaximum() {
        refusal("correct horse battery staple ".repeat(5).substring(0, 129)).hasMessageContaining("128");
    }

    @Test
    void givenThePasswordContainsTheUsernameInAnyCase_check_refuses() {
        refusal("my-ALiCe-is-wonderful-47").hasMessageContaining("must not contain the username");
    }

    @Test
    void givenAStrongPassphrase_check_accepts() {
        assertThatCode(() -> policy.check(ALICE, new Password("correct horse battery staple")))
                .doesNotThrowAnyException();
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refusal(String password) {
        return assertThatThrownBy(() -> policy.check(ALICE, new Password(password)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).contains(Password.FIELD));
    }
}
