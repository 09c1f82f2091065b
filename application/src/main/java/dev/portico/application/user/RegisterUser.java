package dev.portico.application.user;

import dev.portico.application.user.port.UserStore;
import dev.portico.application.user.support.PasswordHashing;
import dev.portico.application.user.support.PasswordPolicy;
import dev.portico.domain.error.UsernameTaken;
import dev.portico.domain.user.NewUser;
import dev.portico.domain.user.Password;
import dev.portico.domain.user.Role;
import dev.portico.domain.user.User;
import dev.portico.domain.user.Username;
import java.time.Clock;

/** Creates an account: the API always as {@code user}, the CLI also as {@code admin}. */
public final class RegisterUser {

    private final UserStore users;
    private final PasswordPolicy policy;
    private final PasswordHashing hashing;
    private final Clock clock;

    public RegisterUser(UserStore users, PasswordPolicy policy, PasswordHashing hashing, Clock clock) {
        this.users = users;
        this.policy = policy;
        this.hashing = hashing;
        this.clock = clock;
    }

    public User register(String rawUsername, String rawPassword, Role role) {
        Username username = Username.of(rawUsername);
        Password password = new Password(rawPassword);
        hashing.checkStrength(policy, username, password);
        if (users.findByUsername(username).isPresent()) {
            throw new UsernameTaken(Username.FIELD, username.value());
        }
        return users.create(new NewUser(username, role, hashing.hash(password), clock.instant()));
    }
}
