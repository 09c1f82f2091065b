package dev.portico.application.user.port;

import dev.portico.domain.user.Password;
import java.util.List;

/** Estimates how hard a password is to guess. */
public interface PasswordStrength {

    /**
     * A score from 0 (guessable) to 4 (very hard), with hints for improving it. {@code userInputs} are
     * words the attacker would try first, such as the username.
     */
    Estimate estimate(Password password, List<String> userInputs);

    record Estimate(int score, String warning, List<String> suggestions) {

        public Estimate {
            if (score < 0 || score > 4) {
                throw new IllegalArgumentException("A strength score is 0 to 4, got " + score);
            }
            warning = warning == null ? "" : warning;
            suggestions = List.copyOf(suggestions);
        }
    }
}
