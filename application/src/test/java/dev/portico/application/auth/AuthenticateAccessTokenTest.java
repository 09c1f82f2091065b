package dev.portico.application.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.domain.user.NewUser;
import dev.portico.domain.user.Role;
import dev.portico.domain.user.User;
import dev.portico.domain.user.Username;
import dev.portico.application.support.FakePasswordHasher;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthenticateAccessTokenTest {

    private final AuthFixture auth = new AuthFixture();

    @AfterEach
    void stop() {
        auth.close();
    }

    @Test
    void givenAValidAccessToken_authenticate_givesTheUserAndRole() {
        User root = auth.users.create(new NewUser(Username.of("root"), Role.ADMIN,
                FakePasswordHasher.hashOf(AuthFixture.PASSWORD, AuthFixture.CURRENT_ITERATIONS), auth.clock.instant()));

        TokenPair pair = auth.loginAs(root);

        assertThat(auth.authenticate.authenticate(pair.accessToken().value())).hasValueSatisfying(caller -> {
            assertThat(caller.userId()).isEqualTo(root.id());
            assertThat(caller.role()).isEqualTo(Role.ADMIN);
            assertThat(caller.isAdmin()).isTrue();
        });
    }

    @Test
    void givenGarbageARefreshTokenOrAnExpiredToken_authenticate_isEmpty() {
        TokenPair pair = auth.loginAs(auth.user("alice"));

        assertThat(auth.authenticate.authenticate("garbage")).isEmpty();
        assertThat(auth.authenticate.authenticate(pair.refreshToken().value())).isEmpty();
        auth.clock.advance(Duration.ofMinutes(16));
        assertThat(auth.authenticate.authenticate(pair.accessToken().value())).isEmpty();
    }
}
