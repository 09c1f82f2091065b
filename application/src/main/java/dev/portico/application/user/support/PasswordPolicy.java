package dev.portico.application.user.support;

import dev.portico.application.user.port.PasswordStrength;
import dev.portico.application.user.support.PasswordPolicy;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.user.Password;
import dev.portico.domain.user.Username;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must be: 12 to 128 characters, free of the username, and scored at least 3 of
 * 4 by the strength estimator. Each refusal says what to change.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    public static final int MIN_SCORE = 3;

    private final PasswordStrength strength;

    public PasswordPolicy(PasswordStrength strength) {
        this.strength = strength;
    }

    public void check(Username username, Password password) {
        int length = password.length();
        if (length < MIN_LENGTH) {
            throw refusal("Password must be at least " + MIN_LENGTH + " characters long; it has " + length);
        }
        if (length > MAX_LENGTH) {
            throw refusal("Password must be at most " + MAX_LENGTH + " characters long; it has " + length);
        }
        if (password.value().toLowerCase(Locale.ROOT).contains(username.value())) {
            throw refusal("Password must not contain the username");
        }
        PasswordStrength.Estimate estimate = strength.estimate(password, List.of(username.value()));
        if (estimate.score() < MIN_SCORE) {
            throw refusal(weaknessMessage(estimate));
        }
    }

    private static String weaknessMessage(PasswordStrength.Estimate estimate) {
        StringBuilder message = new StringBuilder("Password is too easy to guess");
        if (!estimate.warning().isBlank()) {
            message.append(": ").append(lowerFirst(stripPeriod(estimate.warning())));
        }
        message.append(". ");
        if (estimate.suggestions().isEmpty()) {
            message.append("Use a longer passphrase of several unrelated words.");
        } else {
            message.append(String.join(" ", estimate.suggestions()));
        }
        return message.toString();
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    private static String stripPeriod(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    private static InvalidInputException refusal(String message) {
        return new InvalidInputException(Password.FIELD, message);
    }
}
