package dev.portico.application.auth.port;

import dev.portico.domain.token.RefreshFamily;
import dev.portico.domain.token.RefreshTokenState;
import dev.portico.domain.token.StoredRefreshToken;
import dev.portico.domain.token.TokenFamilyId;
import dev.portico.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/** Refresh token families and the hashes of the tokens rotated in them. */
public interface RefreshTokenStore {

    /** Stores a new family and its first token, both or neither. */
    void startFamily(RefreshFamily family, StoredRefreshToken first);

    Optional<RefreshTokenState> find(String idHash);

    /**
     * Marks {@code usedIdHash} used and stores {@code successor} in one atomic step, only if the token
     * was still unused. Of any number of concurrent calls for one token, at most one returns true;
     * the others change nothing.
     */
    boolean rotate(String usedIdHash, StoredRefreshToken successor, Instant usedAt);

    /** Revokes the family; revoking an already revoked family keeps the first revocation time. */
    void revokeFamily(TokenFamilyId family, Instant revokedAt);

    /** Revokes every family of the user; returns how many were still unrevoked. */
    int revokeAllFamilies(UserId userId, Instant revokedAt);

    /** Deletes families (with their tokens) that expired before {@code cutoff}; returns how many. */
    int deleteFamiliesExpiredBefore(Instant cutoff);
}
