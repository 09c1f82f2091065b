package dev.portico.application.support;

import dev.portico.application.user.port.PasswordStrengthContract;

/** The rule-of-thumb estimate keeps the promises of the real estimator. */
class FakePasswordStrengthTest extends PasswordStrengthContract<FakePasswordStrength> {

    @Override
    protected FakePasswordStrength newStrength() {
        return FakePasswordStrength.byRulesOfThumb();
    }
}
