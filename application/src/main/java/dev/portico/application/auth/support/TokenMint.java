package dev.portico.application.auth.support;

import dev.portico.application.auth.TokenPair;
import dev.portico.application.auth.TokenSettings;
import dev.portico.application.auth.port.TokenCodec;
import dev.portico.application.auth.support.TokenIds;
import dev.portico.application.auth.support.TokenMint;
import dev.portico.application.auth.support.TokensNotBefore;
import dev.portico.domain.token.AccessGrant;
import dev.portico.domain.token.EncodedToken;
import dev.portico.domain.token.RefreshGrant;
import dev.portico.domain.token.StoredRefreshToken;
import dev.portico.domain.token.TokenFamilyId;
import dev.portico.domain.user.Role;
import dev.portico.domain.user.UserId;
import java.time.Instant;

/** Mints access and refresh tokens with the configured lifetimes; shared by login and rotation. */
public final class TokenMint {

    private final TokenCodec codec;
    private final TokensNotBefore notBefore;
    private final TokenSettings settings;

    public TokenMint(TokenCodec codec, TokensNotBefore notBefore, TokenSettings settings) {
        this.codec = codec;
        this.notBefore = notBefore;
        this.settings = settings;
    }

    public TokenSettings settings() {
        return settings;
    }

    /** A refresh token for the family, to be stored before it is handed out; it never outlives the family. */
    public MintedRefresh refresh(UserId userId, Role role, TokenFamilyId family, Instant familyExpiresAt, Instant now) {
        Instant issuedAt = notBefore.issueTimeFor(userId, now);
        Instant expiresAt = earlier(issuedAt.plus(settings.refreshTtl()), familyExpiresAt);
        RefreshGrant grant = new RefreshGrant(userId, role, TokenIds.newTokenId(), family, issuedAt, expiresAt);
        StoredRefreshToken stored = StoredRefreshToken.unused(
                TokenIds.storageHash(grant.id()), family, userId, issuedAt, expiresAt);
        return new MintedRefresh(codec.encodeRefresh(grant), stored);
    }

    public TokenPair pair(UserId userId, Role role, MintedRefresh refresh, Instant now) {
        Instant issuedAt = notBefore.issueTimeFor(userId, now);
        AccessGrant access = new AccessGrant(userId, role, TokenIds.newTokenId(), issuedAt,
                issuedAt.plus(settings.accessTtl()));
        return new TokenPair(codec.encodeAccess(access), refresh.token(), issuedAt);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** A signed refresh token and the record the store keeps for it. */
    public record MintedRefresh(EncodedToken token, StoredRefreshToken stored) {
    }
}
