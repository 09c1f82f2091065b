package dev.portico.application.support;

import dev.portico.application.auth.port.RefreshTokenStore;
import dev.portico.domain.token.RefreshFamily;
import dev.portico.domain.token.RefreshTokenState;
import dev.portico.domain.token.StoredRefreshToken;
import dev.portico.domain.token.TokenFamilyId;
import dev.portico.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Families and token hashes in maps; every method is synchronized, so rotation is atomic. */
public final class FakeRefreshTokenStore implements RefreshTokenStore {

    private final Map<TokenFamilyId, RefreshFamily> families = new HashMap<>();
    private final Map<String, StoredRefreshToken> tokens = new HashMap<>();
    private boolean loseNextRotation;

    @Override
    public synchronized void startFamily(RefreshFamily family, StoredRefreshToken first) {
        refuseTakenHash(first);
        families.put(family.id(), family);
        tokens.put(first.idHash(), first);
    }

    @Override
    public synchronized Optional<RefreshTokenState> find(String idHash) {
        StoredRefreshToken token = tokens.get(idHash);
        if (token == null) {
            return Optional.empty();
        }
        return Optional.of(new RefreshTokenState(token, families.get(token.family())));
    }

    @Override
    public synchronized boolean rotate(String usedIdHash, StoredRefreshToken successor, Instant usedAt) {
        if (loseNextRotation) {
            loseNextRotation = false;
            return false;
        }
        StoredRefreshToken used = tokens.get(usedIdHash);
        if (used == null || used.used().isPresent()) {
            return false;
        }
        refuseTakenHash(successor);
        tokens.put(usedIdHash, new StoredRefreshToken(used.idHash(), used.family(), used.userId(), used.issuedAt(),
                used.expiresAt(), usedAt));
        tokens.put(successor.idHash(), successor);
        return true;
    }

    /** As the unique index on the hash does in the real stores. */
    private void refuseTakenHash(StoredRefreshToken token) {
        if (tokens.containsKey(token.idHash())) {
            throw new IllegalStateException("A refresh token with this hash is already stored");
        }
    }

    @Override
    public synchronized void revokeFamily(TokenFamilyId family, Instant revokedAt) {
        RefreshFamily old = families.get(family);
        if (old != null && old.revoked().isEmpty()) {
            families.put(family, revoked(old, revokedAt));
        }
    }

    @Override
    public synchronized int revokeAllFamilies(UserId userId, Instant revokedAt) {
        int count = 0;
        for (RefreshFamily family : new ArrayList<>(families.values())) {
            if (family.userId().equals(userId) && family.revoked().isEmpty()) {
                families.put(family.id(), revoked(family, revokedAt));
                count++;
            }
        }
        return count;
    }

    @Override
    public synchronized int deleteFamiliesExpiredBefore(Instant cutoff) {
        List<TokenFamilyId> expired = families.values().stream()
                .filter(family -> family.expiresAt().isBefore(cutoff)).map(RefreshFamily::id).toList();
        expired.forEach(families::remove);
        tokens.values().removeIf(token -> expired.contains(token.family()));
        return expired.size();
    }

    /** The next {@link #rotate} answers false, as if a concurrent rotation of the same token had won. */
    public synchronized void loseNextRotation() {
        loseNextRotation = true;
    }

    /** Forgets one token record, keeping its family. */
    public synchronized void forgetToken(String idHash) {
        tokens.remove(idHash);
    }

    public synchronized Optional<RefreshFamily> family(TokenFamilyId id) {
        return Optional.ofNullable(families.get(id));
    }

    public synchronized List<RefreshFamily> families() {
        return List.copyOf(families.values());
    }

    public synchronized Optional<StoredRefreshToken> token(String idHash) {
        return Optional.ofNullable(tokens.get(idHash));
    }

    private static RefreshFamily revoked(RefreshFamily family, Instant revokedAt) {
        return new RefreshFamily(family.id(), family.userId(), family.createdAt(), family.expiresAt(), revokedAt);
    }
}
