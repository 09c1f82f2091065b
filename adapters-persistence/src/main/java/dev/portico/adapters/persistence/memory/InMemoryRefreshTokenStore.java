package dev.portico.adapters.persistence.memory;

import dev.portico.application.auth.port.RefreshTokenStore;
import dev.portico.domain.token.RefreshFamily;
import dev.portico.domain.token.RefreshTokenState;
import dev.portico.domain.token.StoredRefreshToken;
import dev.portico.domain.token.TokenFamilyId;
import dev.portico.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refresh families and token hashes in this process's memory. One lock makes each method a single
 * step, as a transaction does in SQLite; a refused write changes nothing.
 */
public final class InMemoryRefreshTokenStore implements RefreshTokenStore {

    private final Map<TokenFamilyId, RefreshFamily> families = new HashMap<>();
    private final Map<String, StoredRefreshToken> tokens = new HashMap<>();

    @Override
    public synchronized void startFamily(RefreshFamily family, StoredRefreshToken first) {
        if (families.containsKey(family.id())) {
            throw new IllegalStateException("A refresh family with this id is already stored");
        }
        refuseTakenHash(first);
        families.put(family.id(), family);
        tokens.put(first.idHash(), first);
    }

    @Override
    public synchronized Optional<RefreshTokenState> find(String idHash) {
        return Optional.ofNullable(tokens.get(idHash))
                .map(token -> new RefreshTokenState(token, families.get(token.family())));
    }

    @Override
    public synchronized boolean rotate(String usedIdHash, StoredRefreshToken successor, Instant usedAt) {
        StoredRefreshToken presented = tokens.get(usedIdHash);
        if (presented == null || presented.used().isPresent()) {
            return false;
        }
        refuseTakenHash(successor);
        if (!families.containsKey(successor.family())) {
            throw new IllegalStateException("The successor's refresh family is not stored");
        }
        tokens.put(usedIdHash, new StoredRefreshToken(presented.idHash(), presented.family(), presented.userId(),
                presented.issuedAt(), presented.expiresAt(), usedAt));
        tokens.put(successor.idHash(), successor);
        return true;
    }

    @Override
    public synchronized void revokeFamily(TokenFamilyId family, Instant revokedAt) {
        families.computeIfPresent(family,
                (id, stored) -> stored.revoked().isPresent() ? stored : revoked(stored, revokedAt));
    }

    @Override
    public synchronized int revokeAllFamilies(UserId userId, Instant revokedAt) {
        List<RefreshFamily> unrevoked = families.values().stream()
                .filter(family -> family.userId().equals(userId) && family.revoked().isEmpty())
                .toList();
        unrevoked.forEach(family -> families.put(family.id(), revoked(family, revokedAt)));
        return unrevoked.size();
    }

    @Override
    public synchronized int deleteFamiliesExpiredBefore(Instant cutoff) {
        Set<TokenFamilyId> expired = families.values().stream()
                .filter(family -> family.expiresAt().isBefore(cutoff))
                .map(RefreshFamily::id)
                .collect(Collectors.toSet());
        expired.forEach(families::remove);
        tokens.values().removeIf(token -> expired.contains(token.family()));
        return expired.size();
    }

    private void refuseTakenHash(StoredRefreshToken token) {
        if (tokens.containsKey(token.idHash())) {
            throw new IllegalStateException("A refresh token with this hash is already stored");
        }
    }

    private static RefreshFamily revoked(RefreshFamily family, Instant revokedAt) {
        return new RefreshFamily(family.id(), family.userId(), family.createdAt(), family.expiresAt(), revokedAt);
    }
}
