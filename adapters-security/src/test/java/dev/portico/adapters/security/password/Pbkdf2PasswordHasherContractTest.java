package dev.portico.adapters.security.password;

import dev.portico.application.user.port.PasswordHasherContract;

class Pbkdf2PasswordHasherContractTest extends PasswordHasherContract<Pbkdf2PasswordHasher> {

    @Override
    protected Pbkdf2PasswordHasher newHasher() {
        return new Pbkdf2PasswordHasher(1_000);
    }
}
