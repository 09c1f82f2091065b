package dev.portico.adapters.security.password;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.application.user.port.PasswordStrength.Estimate;
import dev.portico.domain.user.Password;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZxcvbnPasswordStrengthTest {

    private final ZxcvbnPasswordStrength strength = new ZxcvbnPasswordStrength();

    @Test
    void givenACommonPasswordWithDigits_estimate_scoresBelowThree() {
        Estimate estimate = strength.estimate(new Password("password1234"), List.of());

        assertThat(estimate.score()).isLessThan(3);
        assertThat(estimate.warning()).isNotBlank();
        assertThat(estimate.suggestions()).isNotEmpty();
    }

    @Test
    void givenAPassphraseOfUnrelatedWords_estimate_scoresThreeOrMore() {
        assertThat(strength.estimate(new Password("correct horse battery staple"), List.of()).score())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void givenARandomLookingMix_estimate_scoresThreeOrMore() {
        assertThat(strength.estimate(new Password("q7#Vt9!mZr2@Lw4x"), List.of()).score())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void givenAStrongPassword_estimate_stillHasNonNullFeedback() {
        Estimate estimate = strength.estimate(new Password("q7#Vt9!mZr2@Lw4x"), List.of());

        assertThat(estimate.warning()).isNotNull();
        assertThat(estimate.suggestions()).isNotNull();
    }

    @Test
    void givenThePasswordIsAUserInput_estimate_scoresItLow() {
        Password password = new Password("zanzibar-quokka");

        int alone = strength.estimate(password, List.of()).score();
        int withInput = strength.estimate(password, List.of("zanzibar-quokka")).score();

        assertThat(withInput).isLessThan(alone);
    }

    /** zxcvbn4j 1.9.0 reads a run of one character as a sequence with step 0, not as a repeat. */
    @Test
    void givenARepeatedCharacter_estimate_scoresZeroWithEnglishFeedback() {
        Estimate estimate = strength.estimate(new Password("aaaaaaaaaaaa"), List.of());

        assertThat(estimate.score()).isZero();
        assertThat(estimate.warning()).contains("easy to guess");
        assertThat(estimate.suggestions()).contains("Add another word or two. Uncommon words are better.");
    }
}
