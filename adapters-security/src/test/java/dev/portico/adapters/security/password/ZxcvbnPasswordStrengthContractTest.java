package dev.portico.adapters.security.password;

import dev.portico.application.user.port.PasswordStrengthContract;

class ZxcvbnPasswordStrengthContractTest extends PasswordStrengthContract<ZxcvbnPasswordStrength> {

    @Override
    protected ZxcvbnPasswordStrength newStrength() {
        return new ZxcvbnPasswordStrength();
    }
}
