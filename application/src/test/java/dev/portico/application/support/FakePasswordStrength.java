package dev.portico.application.support;

import dev.portico.application.user.port.PasswordStrength;
import dev.portico.domain.user.Password;
import java.util.List;
import java.util.function.ToIntFunction;

/** Scores passwords with a lambda; every estimate carries the given warning and suggestions. */
public final class FakePasswordStrength implements PasswordStrength {

    private final ToIntFunction<String> score;
    private final String warning;
    private final List<String> suggestions;

    public FakePasswordStrength(ToIntFunction<String> score, String warning, List<String> suggestions) {
        this.score = score;
        this.warning = warning;
        this.suggestions = suggestions;
    }

    /** Everything scores 4. */
    public static FakePasswordStrength alwaysStrong() {
        return new FakePasswordStrength(password -> 4, "", List.of());
    }

    /** A password containing "weak" scores 1, anything else 4. */
    public static FakePasswordStrength weakWhenContaining(String word, String warning, List<String> suggestions) {
        return new FakePasswordStrength(password -> password.contains(word) ? 1 : 4, warning, suggestions);
    }

    @Override
    public Estimate estimate(Password password, List<String> userInputs) {
        return new Estimate(score.applyAsInt(password.value()), warning, suggestions);
    }
}
