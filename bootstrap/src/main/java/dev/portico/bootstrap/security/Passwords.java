package dev.portico.bootstrap.security;

import dev.portico.adapters.security.password.Pbkdf2PasswordHasher;
import dev.portico.adapters.security.password.ZxcvbnPasswordStrength;
import dev.portico.application.user.support.PasswordHashing;
import dev.portico.application.user.support.PasswordPolicy;
import dev.portico.bootstrap.config.PasswordsConfig;

/** The password adapters as configured, shared by the server and the {@code user create} command. */
public final class Passwords {

    private Passwords() {
    }

    public static PasswordHashing hashing(PasswordsConfig config) {
        return new PasswordHashing(new Pbkdf2PasswordHasher(config.getIterations()), config.getHashingThreads(),
                config.getHashingQueue(), config.getHashingDutyCycle());
    }

    public static PasswordPolicy policy() {
        return new PasswordPolicy(new ZxcvbnPasswordStrength());
    }
}
