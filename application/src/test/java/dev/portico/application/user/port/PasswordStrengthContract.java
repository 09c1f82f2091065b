package dev.portico.application.user.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.domain.user.Password;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the password policy relies on from any strength estimator. */
public abstract class PasswordStrengthContract<T extends PasswordStrength> {

    protected abstract T newStrength();

    @Test
    void givenACommonPassword_estimate_scoresBelowThreeAndSaysWhy() {
        PasswordStrength.Estimate estimate = newStrength().estimate(new Password("password1234"), List.of());

        assertThat(estimate.score()).isLessThan(3);
        assertThat(estimate.warning().isBlank() && estimate.suggestions().isEmpty()).isFalse();
    }

    @Test
    void givenALongPassphraseOfUnrelatedWords_estimate_scoresThreeOrMore() {
        assertThat(newStrength().estimate(new Password("velvet harbor quartz lantern"), List.of()).score())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void givenThePasswordBuiltFromAUserInput_estimate_scoresLowerThanWithoutIt() {
        Password password = new Password("zephyrinemarlowe");
        PasswordStrength strength = newStrength();

        assertThat(strength.estimate(password, List.of("zephyrinemarlowe")).score())
                .isLessThanOrEqualTo(strength.estimate(password, List.of()).score())
                .isLessThan(3);
    }
}
