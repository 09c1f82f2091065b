package dev.portico.adapters.security.password;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import dev.portico.application.user.port.PasswordStrength;
import dev.portico.domain.user.Password;
import java.util.List;
import java.util.Locale;

/**
 * zxcvbn's estimate, with its feedback in English. One {@link Zxcvbn} serves every thread: it holds
 * only the dictionaries, read-only after loading (nulab/zxcvbn4j#71).
 */
public final class ZxcvbnPasswordStrength implements PasswordStrength {

    private final Zxcvbn zxcvbn = new Zxcvbn();

    @Override
    public Estimate estimate(Password password, List<String> userInputs) {
        Strength strength = zxcvbn.measure(password.value(), List.copyOf(userInputs));
        try {
            Feedback feedback = strength.getFeedback();
            return new Estimate(strength.getScore(), feedback.getWarning(Locale.ENGLISH),
                    feedback.getSuggestions(Locale.ENGLISH));
        } finally {
            strength.wipe();
        }
    }
}
