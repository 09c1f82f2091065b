package dev.portico.application.auth;

import dev.portico.application.auth.support.TokenIds;
import dev.portico.application.auth.support.TokenMint;
import dev.portico.application.auth.support.TokensNotBefore;
import dev.portico.application.cluster.support.LocalClusterEvents;
import dev.portico.application.support.FakePasswordHasher;
import dev.portico.application.support.FakeRefreshTokenStore;
import dev.portico.application.support.FakeTokenCodec;
import dev.portico.application.support.FakeUserStore;
import dev.portico.application.support.MutableClock;
import dev.portico.application.user.support.PasswordHashing;
import dev.portico.domain.token.EncodedToken;
import dev.portico.domain.token.RefreshGrant;
import dev.portico.domain.user.NewUser;
import dev.portico.domain.user.Role;
import dev.portico.domain.user.User;
import dev.portico.domain.user.Username;
import java.time.Instant;

/**
 * The auth use cases wired to fakes, with the default token lifetimes, a one-thread one-slot hashing
 * pool, and a clock a quarter second into a whole second (so "same second" cases are real).
 */
final class AuthFixture implements AutoCloseable {

    static final Instant START = Instant.parse("2026-03-02T14:30:00.250Z");
    static final String PASSWORD = "correct horse battery staple";
    static final int CURRENT_ITERATIONS = 2;

    final MutableClock clock = new MutableClock(START);
    final TokenSettings settings = TokenSettings.defaults();
    final FakeUserStore users = new FakeUserStore();
    final FakeRefreshTokenStore refreshTokens = new FakeRefreshTokenStore();
    final FakeTokenCodec codec = new FakeTokenCodec(clock, settings.clockSkew());
    final FakePasswordHasher hasher = new FakePasswordHasher(CURRENT_ITERATIONS);
    final PasswordHashing hashing = hasher.startHashing(1, 1);
    final TokensNotBefore notBefore = new TokensNotBefore(users, clock, settings, new LocalClusterEvents());
    final TokenMint mint = new TokenMint(codec, notBefore, settings);
    final Login login = new Login(users, refreshTokens, hashing, mint, clock);
    final RotateRefreshToken rotate = new RotateRefreshToken(codec, refreshTokens, users, mint, clock);
    final Logout logout = new Logout(codec, refreshTokens, clock);
    final LogoutAll logoutAll = new LogoutAll(refreshTokens, notBefore, clock);
    final AuthenticateAccessToken authenticate = new AuthenticateAccessToken(codec, notBefore);

    User user(String name) {
        return userWithHashIterations(name, CURRENT_ITERATIONS);
    }

    User userWithHashIterations(String name, int iterations) {
        return users.create(new NewUser(Username.of(name), Role.USER, FakePasswordHasher.hashOf(PASSWORD, iterations),
                clock.instant()));
    }

    TokenPair loginAs(User user) {
        return login.login(user.username().value(), PASSWORD);
    }

    RefreshGrant refreshGrant(TokenPair pair) {
        return codec.refreshGrant(pair.refreshToken());
    }

    String storageHash(EncodedToken refreshToken) {
        return TokenIds.storageHash(codec.refreshGrant(refreshToken).id());
    }

    static Authenticated caller(User user) {
        return new Authenticated(user.id(), user.role());
    }

    @Override
    public void close() {
        hashing.close();
    }
}
