package dev.portico.application.auth;

import dev.portico.application.auth.port.RefreshTokenStore;
import dev.portico.application.auth.support.TokenIds;
import dev.portico.application.auth.support.TokenMint;
import dev.portico.application.user.support.PasswordHashing;
import dev.portico.application.user.port.UserStore;
import dev.portico.domain.error.InvalidCredentials;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.error.PasswordHashingSaturated;
import dev.portico.domain.token.RefreshFamily;
import dev.portico.domain.user.Password;
import dev.portico.domain.user.User;
import dev.portico.domain.user.Username;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a username and password and starts a new refresh family. An unknown or malformed username
 * costs one full hash, like a wrong password, and both answer the same error.
 */
public final class Login {

    private final UserStore users;
    private final RefreshTokenStore refreshTokens;
    private final PasswordHashing hashing;
    private final TokenMint mint;
    private final Clock clock;

    public Login(UserStore users, RefreshTokenStore refreshTokens, PasswordHashing hashing, TokenMint mint, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.hashing = hashing;
        this.mint = mint;
        this.clock = clock;
    }

    public TokenPair login(String rawUsername, String rawPassword) {
        if (rawUsername == null) {
            throw new InvalidInputException(Username.FIELD, "Username is required");
        }
        Password password = new Password(rawPassword);
        Optional<User> account = findUser(rawUsername);
        if (account.isEmpty()) {
            hashing.matchNobody(password);
            throw new InvalidCredentials();
        }
        User user = account.get();
        if (!hashing.matches(password, user.passwordHash())) {
            throw new InvalidCredentials();
        }
        upgradeHashIfOutdated(user, password);
        return startFamily(user);
    }

    private Optional<User> findUser(String rawUsername) {
        try {
            return users.findByUsername(Username.of(rawUsername));
        } catch (InvalidInputException malformed) {
            return Optional.empty();
        }
    }

    private void upgradeHashIfOutdated(User user, Password password) {
        if (!hashing.needsRehash(user.passwordHash())) {
            return;
        }
        try {
            users.updatePasswordHash(user.id(), hashing.hash(password));
        } catch (PasswordHashingSaturated busy) {
            // The login itself succeeded; the upgrade is retried on the next one.
        }
    }

    private TokenPair startFamily(User user) {
        Instant now = clock.instant();
        RefreshFamily family = RefreshFamily.started(
                TokenIds.newFamilyId(), user.id(), now, now.plus(mint.settings().familyTtl()));
        TokenMint.MintedRefresh refresh = mint.refresh(user.id(), user.role(), family.id(), family.expiresAt(), now);
        refreshTokens.startFamily(family, refresh.stored());
        return mint.pair(user.id(), user.role(), refresh, now);
    }
}
