package dev.portico.application.auth;

import dev.portico.application.auth.port.RefreshTokenStore;
import dev.portico.application.auth.port.TokenCodec;
import dev.portico.domain.token.RefreshGrant;
import java.time.Clock;
import java.util.Optional;

/**
 * Ends one login: the refresh token's whole family is revoked. A token that is not the caller's, or
 * not a valid refresh token at all, is ignored, so logging out twice is harmless.
 */
public final class Logout {

    private final TokenCodec codec;
    private final RefreshTokenStore refreshTokens;
    private final Clock clock;

    public Logout(TokenCodec codec, RefreshTokenStore refreshTokens, Clock clock) {
        this.codec = codec;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    /** Returns whether a family of the caller's was revoked. */
    public boolean logout(Authenticated caller, Optional<String> refreshToken) {
        Optional<RefreshGrant> grant = refreshToken.flatMap(codec::decodeRefresh)
                .filter(decoded -> decoded.subject().equals(caller.userId()));
        grant.ifPresent(decoded -> refreshTokens.revokeFamily(decoded.family(), clock.instant()));
        return grant.isPresent();
    }
}
