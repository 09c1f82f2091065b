package dev.portico.application.auth;

import dev.portico.application.auth.port.RefreshTokenStore;
import java.time.Clock;
import java.time.Duration;

/**
 * Deletes refresh families a day after they expired. The day's grace keeps a late replay of one of
 * their tokens answered as revoked rather than unknown, which is the same 401 either way.
 */
public final class PurgeExpiredTokenFamilies {

    private static final Duration GRACE = Duration.ofDays(1);

    private final RefreshTokenStore refreshTokens;
    private final Clock clock;

    public PurgeExpiredTokenFamilies(RefreshTokenStore refreshTokens, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    public int purge() {
        return refreshTokens.deleteFamiliesExpiredBefore(clock.instant().minus(GRACE));
    }
}
