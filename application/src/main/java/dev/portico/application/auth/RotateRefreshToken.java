package dev.portico.application.auth;

import dev.portico.application.auth.port.RefreshTokenStore;
import dev.portico.application.auth.port.TokenCodec;
import dev.portico.application.auth.support.TokenIds;
import dev.portico.application.auth.support.TokenMint;
import dev.portico.application.user.port.UserStore;
import dev.portico.domain.error.RefreshTokenRefused;
import dev.portico.domain.error.RefreshTokenRefused.Reason;
import dev.portico.domain.token.RefreshFamily;
import dev.portico.domain.token.RefreshGrant;
import dev.portico.domain.token.RefreshTokenState;
import dev.portico.domain.user.User;
import java.time.Clock;
import java.time.Instant;

/**
 * Trades a refresh token for a new pair in the same family (RFC 9700 rotation). A token presented a
 * second time, or one from a revoked family, revokes the whole family: whoever holds the newest
 * token of that login, the legitimate client or a thief, must log in again.
 */
public final class RotateRefreshToken {

    private final TokenCodec codec;
    private final RefreshTokenStore refreshTokens;
    private final UserStore users;
    private final TokenMint mint;
    private final Clock clock;

    public RotateRefreshToken(TokenCodec codec, RefreshTokenStore refreshTokens, UserStore users, TokenMint mint,
            Clock clock) {
        this.codec = codec;
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.mint = mint;
        this.clock = clock;
    }

    public TokenPair rotate(String presentedToken) {
        RefreshGrant grant = codec.decodeRefresh(presentedToken).orElseThrow(() -> refused(Reason.UNREADABLE));
        String idHash = TokenIds.storageHash(grant.id());
        RefreshTokenState state = refreshTokens.find(idHash).orElseThrow(() -> refused(Reason.UNKNOWN));
        RefreshFamily family = state.family();
        Instant now = clock.instant();
        if (!family.userId().equals(grant.subject()) || !family.id().equals(grant.family())) {
            throw refused(Reason.MISMATCHED);
        }
        if (state.token().used().isPresent() || family.revoked().isPresent()) {
            refreshTokens.revokeFamily(family.id(), now);
            throw refused(state.token().used().isPresent() ? Reason.REUSED : Reason.REVOKED);
        }
        if (!family.isUsableAt(now)) {
            throw refused(Reason.EXPIRED);
        }
        User user = users.findById(grant.subject()).orElseThrow(() -> refused(Reason.ACCOUNT_GONE));
        TokenMint.MintedRefresh successor = mint.refresh(user.id(), user.role(), family.id(), family.expiresAt(), now);
        if (!refreshTokens.rotate(idHash, successor.stored(), now)) {
            refreshTokens.revokeFamily(family.id(), now);
            throw refused(Reason.LOST_RACE);
        }
        return mint.pair(user.id(), user.role(), successor, now);
    }

    private static RefreshTokenRefused refused(Reason reason) {
        return new RefreshTokenRefused(reason);
    }
}
