package dev.portico.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.support.FakePasswordHasher;
import dev.portico.application.support.FakePasswordStrength;
import dev.portico.application.support.FakeUserStore;
import dev.portico.application.support.MutableClock;
import dev.portico.application.user.support.PasswordHashing;
import dev.portico.application.user.support.PasswordPolicy;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.error.UsernameTaken;
import dev.portico.domain.user.Role;
import dev.portico.domain.user.User;
import dev.portico.domain.user.Username;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RegisterUserTest {

    private static final String STRONG = "correct horse battery staple";
    private static final Instant NOW = Instant.parse("2026-03-02T14:30:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final FakeUserStore users = new FakeUserStore();
    private final FakePasswordHasher hasher = new FakePasswordHasher(2);
    private final PasswordHashing hashing = hasher.startHashing(1, 4);
    private final RegisterUser registerUser = new RegisterUser(users,
            new PasswordPolicy(FakePasswordStrength.weakWhenContaining("password", "", List.of())), hashing, clock);

    @AfterEach
    void stop() {
        hashing.close();
    }

    @Test
    void givenAFreeUsername_register_storesItLowerCasedWithRoleHashAndTime() {
        User created = registerUser.register("Alice", STRONG, Role.USER);

        assertThat(created.username()).isEqualTo(Username.of("alice"));
        assertThat(created.role()).isEqualTo(Role.USER);
        assertThat(FakePasswordHasher.isHashOf(created.passwordHash(), STRONG, 2)).isTrue();
        assertThat(created.createdAt()).isEqualTo(NOW);
        assertThat(users.findByUsername(Username.of("alice"))).contains(created);
    }

    @Test
    void givenTheAdminRole_register_storesAnAdmin() {
        assertThat(registerUser.register("root", STRONG, Role.ADMIN).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void givenATakenUsernameInAnotherCase_register_conflictsOnUsernameWithoutHashing() {
        registerUser.register("alice", STRONG, Role.USER);
        hasher.resetCounts();

        assertThatThrownBy(() -> registerUser.register("ALICE", "another strong passphrase", Role.USER))
                .isInstanceOfSatisfying(UsernameTaken.class, error -> {
                    assertThat(error.field()).contains("username");
                    assertThat(error.username()).isEqualTo("alice");
                });
        assertThat(hasher.hashCalls()).isZero();
        assertThat(users.size()).isEqualTo(1);
    }

    @Test
    void givenAWeakPassword_register_refusesOnPasswordAndStoresNothing() {
        assertThatThrownBy(() -> registerUser.register("alice", "my password is long", Role.USER))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        error -> assertThat(error.field()).contains("password"));
        assertThat(users.size()).isZero();
        assertThat(hasher.hashCalls()).isZero();
    }

    @Test
    void givenNoPassword_register_refusesOnPassword() {
        assertThatThrownBy(() -> registerUser.register("alice", null, Role.USER))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        error -> assertThat(error.field()).contains("password"));
    }

    @Test
    void givenABadUsernameAndABadPassword_register_blamesTheUsernameFirst() {
        assertThatThrownBy(() -> registerUser.register("a", "short", Role.USER))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        error -> assertThat(error.field()).contains("username"));
        assertThatThrownBy(() -> registerUser.register(null, null, Role.USER))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        error -> assertThat(error.field()).contains("username"));
    }

    @Test
    void givenAPasswordContainingTheUsername_register_refusesOnPassword() {
        assertThatThrownBy(() -> registerUser.register("Alice", "alice-loves-long-phrases", Role.USER))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        error -> assertThat(error.getMessage()).contains("username"));
    }
}
