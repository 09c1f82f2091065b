package dev.portico.application.support;

import dev.portico.application.user.port.PasswordStrength;
import dev.portico.domain.user.Password;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Scores passwords with a lambda; every estimate carries the given warning and suggestions. Only
 * {@link #byRulesOfThumb()} looks at the user inputs.
 */
public final class FakePasswordStrength implements PasswordStrength {

    private final ToIntFunction<String> score;
    private final String warning;
    private final List<String> suggestions;
    private final boolean zeroWhenBuiltFromAUserInput;

    public FakePasswordStrength(ToIntFunction<String> score, String warning, List<String> suggestions) {
        this(score, warning, suggestions, false);
    }

    private FakePasswordStrength(ToIntFunction<String> score, String warning, List<String> suggestions,
            boolean zeroWhenBuiltFromAUserInput) {
        this.score = score;
        this.warning = warning;
        this.suggestions = suggestions;
        this.zeroWhenBuiltFromAUserInput = zeroWhenBuiltFromAUserInput;
    }

    /** Everything scores 4. */
    public static FakePasswordStrength alwaysStrong() {
        return new FakePasswordStrength(password -> 4, "", List.of());
    }

    /** A password containing "weak" scores 1, anything else 4. */
    public static FakePasswordStrength weakWhenContaining(String word, String warning, List<String> suggestions) {
        return new FakePasswordStrength(password -> password.contains(word) ? 1 : 4, warning, suggestions);
    }

    /**
     * Just enough judgement to keep the port's contract: a password built from a user input scores 0,
     * one containing "password" scores 1, both with a warning; anything else scores 4.
     */
    public static FakePasswordStrength byRulesOfThumb() {
        return new FakePasswordStrength(password -> password.contains("password") ? 1 : 4,
                "This is a very common password", List.of("Add another word or two"), true);
    }

    @Override
    public Estimate estimate(Password password, List<String> userInputs) {
        if (zeroWhenBuiltFromAUserInput && userInputs.stream().anyMatch(input -> !input.isBlank() && password.value().contains(input))) {
            return new Estimate(0, warning, suggestions);
        }
        return new Estimate(score.applyAsInt(password.value()), warning, suggestions);
    }
}
