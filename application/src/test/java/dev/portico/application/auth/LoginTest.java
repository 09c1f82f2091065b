package dev.portico.application.auth;

import static dev.portico.application.auth.AuthFixture.PASSWORD;
import static dev.portico.application.auth.AuthFixture.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.auth.support.TokenIds;
import dev.portico.application.support.FakePasswordHasher;
import dev.portico.application.support.SaturatedHashing;
import dev.portico.domain.error.InvalidCredentials;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.token.RefreshFamily;
import dev.portico.domain.token.RefreshGrant;
import dev.portico.domain.user.User;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoginTest {

    private final AuthFixture auth = new AuthFixture();
    private final User alice = auth.user("alice");

    @AfterEach
    void stop() {
        auth.close();
    }

    @Test
    void givenTheRightPassword_login_returnsA15MinuteAccessAndA7DayRefreshToken() {
        TokenPair pair = auth.loginAs(alice);

        assertThat(pair.accessExpiresInSeconds()).isEqualTo(900);
        assertThat(pair.refreshExpiresInSeconds()).isEqualTo(604_800);
        assertThat(auth.authenticate.authenticate(pair.accessToken().value()))
                .contains(new Authenticated(alice.id(), alice.role()));
    }

    @Test
    void givenMixedCase_login_findsTheLowerCaseAccount() {
        TokenPair pair = auth.login.login("ALICE", PASSWORD);

        assertThat(auth.refreshGrant(pair).subject()).isEqualTo(alice.id());
    }

    @Test
    void givenTheRightPassword_login_storesAFamilyEndingIn30DaysWithItsFirstToken() {
        TokenPair pair = auth.loginAs(alice);

        RefreshGrant grant = auth.refreshGrant(pair);
        RefreshFamily family = auth.refreshTokens.family(grant.family()).orElseThrow();
        assertThat(family.userId()).isEqualTo(alice.id());
        assertThat(family.createdAt()).isEqualTo(START);
        assertThat(family.expiresAt()).isEqualTo(START.plus(Duration.ofDays(30)));
        assertThat(family.revoked()).isEmpty();
        assertThat(auth.refreshTokens.token(TokenIds.storageHash(grant.id()))).hasValueSatisfying(stored -> {
            assertThat(stored.family()).isEqualTo(family.id());
            assertThat(stored.used()).isEmpty();
            assertThat(stored.expiresAt()).isEqualTo(pair.refreshToken().expiresAt());
        });
    }

    @Test
    void givenTwoLogins_login_startsTwoFamilies() {
        auth.loginAs(alice);
        auth.loginAs(alice);

        assertThat(auth.refreshTokens.families()).hasSize(2);
    }

    @Test
    void givenAWrongPassword_login_failsAsInvalidCredentialsForOneHash() {
        assertThatThrownBy(() -> auth.login.login("alice", "wrong horse battery staple"))
                .isExactlyInstanceOf(InvalidCredentials.class);
        assertThat(auth.hasher.calls()).isEqualTo(1);
        assertThat(auth.refreshTokens.families()).isEmpty();
    }

    @Test
    void givenAnUnknownUser_login_failsTheSameWayForOneHash() {
        assertThatThrownBy(() -> auth.login.login("mallory", PASSWORD))
                .isExactlyInstanceOf(InvalidCredentials.class);
        assertThat(auth.hasher.calls()).isEqualTo(1);
        assertThat(auth.hasher.matchesCalls()).isEqualTo(1);
    }

    @Test
    void givenAMalformedUsername_login_failsAsInvalidCredentialsNotAsBadInput() {
        assertThatThrownBy(() -> auth.login.login("a", PASSWORD))
                .isExactlyInstanceOf(InvalidCredentials.class);
        assertThat(auth.hasher.calls()).isEqualTo(1);
    }

    @Test
    void givenNoUsername_login_isInvalidInputOnUsername() {
        assertThatThrownBy(() -> auth.login.login(null, PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        error -> assertThat(error.field()).contains("username"));
        assertThat(auth.hasher.calls()).isZero();
    }

    @Test
    void givenNoPassword_login_isInvalidInputOnPassword() {
        assertThatThrownBy(() -> auth.login.login("alice", null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        error -> assertThat(error.field()).contains("password"));
        assertThat(auth.hasher.calls()).isZero();
    }

    @Test
    void givenAnOutdatedHash_login_storesANewHash() {
        User bob = auth.userWithHashIterations("bob", 1);

        auth.loginAs(bob);

        assertThat(FakePasswordHasher.isHashOf(auth.users.findById(bob.id()).orElseThrow().passwordHash(),
                PASSWORD, AuthFixture.CURRENT_ITERATIONS)).isTrue();
    }

    @Test
    void givenACurrentHash_login_doesNotRehash() {
        auth.loginAs(alice);

        assertThat(auth.hasher.hashCalls()).isZero();
        assertThat(auth.users.findById(alice.id()).orElseThrow().passwordHash()).isEqualTo(alice.passwordHash());
    }

    @Test
    void givenAnOutdatedHashAndSaturatedHashing_login_stillSucceedsAndKeepsTheOldHash() throws InterruptedException {
        User bob = auth.userWithHashIterations("bob", 1);
        AtomicReference<SaturatedHashing> saturated = new AtomicReference<>();
        auth.hasher.beforeNeedsRehash(() -> {
            if (saturated.get() == null) {
                saturated.set(SaturatedHashing.fill(auth.hashing, auth.hasher));
            }
        });

        try {
            TokenPair pair = auth.loginAs(bob);

            assertThat(auth.refreshGrant(pair).subject()).isEqualTo(bob.id());
            assertThat(auth.users.findById(bob.id()).orElseThrow().passwordHash()).isEqualTo(bob.passwordHash());
            assertThat(auth.hasher.hashedPasswords()).doesNotContain(PASSWORD);
        } finally {
            saturated.get().close();
        }
    }
}
