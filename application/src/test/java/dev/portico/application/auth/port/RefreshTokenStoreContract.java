package dev.portico.application.auth.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.domain.token.RefreshFamily;
import dev.portico.domain.token.RefreshTokenState;
import dev.portico.domain.token.StoredRefreshToken;
import dev.portico.domain.token.TokenFamilyId;
import dev.portico.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link RefreshTokenStore} adapter must show. Each adapter's test class extends
 * this, supplies an empty store per test, and users the store will accept as owners of families.
 * Times are whole milliseconds, the precision stores keep.
 */
public abstract class RefreshTokenStoreContract<T extends RefreshTokenStore> {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30.123Z");
    private static final Duration FAMILY_LIFETIME = Duration.ofDays(30);
    private static final Duration TOKEN_LIFETIME = Duration.ofDays(1);

    private T store;
    private int familyCount;

    protected abstract T newStore();

    /** A user that exists wherever the store needs it to (a foreign key, say); a different one on each call. */
    protected abstract UserId existingUser(T store);

    @BeforeEach
    void startWithAnEmptyStore() {
        store = newStore();
    }

    private record Started(RefreshFamily family, StoredRefreshToken first) {
    }

    private Started startFamily(UserId user, Instant expiresAt) {
        familyCount++;
        RefreshFamily family = RefreshFamily.started(new TokenFamilyId("family-" + familyCount), user, NOW, expiresAt);
        StoredRefreshToken first = token("hash-" + familyCount + "-0", family, NOW);
        store.startFamily(family, first);
        return new Started(family, first);
    }

    private Started startFamily(UserId user) {
        return startFamily(user, NOW.plus(FAMILY_LIFETIME));
    }

    private static StoredRefreshToken token(String idHash, RefreshFamily family, Instant issuedAt) {
        return StoredRefreshToken.unused(idHash, family.id(), family.userId(), issuedAt, issuedAt.plus(TOKEN_LIFETIME));
    }

    private static StoredRefreshToken used(StoredRefreshToken token, Instant usedAt) {
        return new StoredRefreshToken(token.idHash(), token.family(), token.userId(), token.issuedAt(),
                token.expiresAt(), usedAt);
    }

    private static RefreshFamily revoked(RefreshFamily family, Instant revokedAt) {
        return new RefreshFamily(family.id(), family.userId(), family.createdAt(), family.expiresAt(), revokedAt);
    }

    @Test
    void givenAStartedFamily_find_returnsItsFirstTokenUnusedWithTheFamily() {
        Started started = startFamily(existingUser(store));

        assertThat(store.find(started.first().idHash()))
                .contains(new RefreshTokenState(started.first(), started.family()));
    }

    @Test
    void givenAnUnknownHash_find_returnsEmpty() {
        startFamily(existingUser(store));

        assertThat(store.find("no-such-hash")).isEmpty();
    }

    @Test
    void givenAFirstTokenWhoseHashIsTaken_startFamily_failsAndStoresNoFamily() {
        UserId user = existingUser(store);
        Started existing = startFamily(user);
        RefreshFamily second = RefreshFamily.started(new TokenFamilyId("second"), user, NOW, NOW.plus(FAMILY_LIFETIME));

        assertThatThrownBy(() -> store.startFamily(second, token(existing.first().idHash(), second, NOW)))
                .isInstanceOf(RuntimeException.class);

        assertThat(store.find(existing.first().idHash())).contains(new RefreshTokenState(existing.first(), existing.family()));
        assertThat(store.revokeAllFamilies(user, NOW)).isEqualTo(1);
    }

    @Test
    void givenAnUnusedToken_rotate_marksItUsedAndStoresTheSuccessorUnused() {
        Started started = startFamily(existingUser(store));
        Instant later = NOW.plusSeconds(60);
        StoredRefreshToken successor = token("successor", started.family(), later);

        boolean rotated = store.rotate(started.first().idHash(), successor, later);

        assertThat(rotated).isTrue();
        assertThat(store.find(started.first().idHash()))
                .contains(new RefreshTokenState(used(started.first(), later), started.family()));
        assertThat(store.find("successor")).contains(new RefreshTokenState(successor, started.family()));
    }

    @Test
    void givenAUsedToken_rotate_returnsFalseAndStoresNothing() {
        Started started = startFamily(existingUser(store));
        Instant firstUse = NOW.plusSeconds(60);
        store.rotate(started.first().idHash(), token("successor", started.family(), firstUse), firstUse);

        boolean rotatedAgain = store.rotate(started.first().idHash(),
                token("second-successor", started.family(), NOW.plusSeconds(120)), NOW.plusSeconds(120));

        assertThat(rotatedAgain).isFalse();
        assertThat(store.find("second-successor")).isEmpty();
        assertThat(store.find(started.first().idHash()).orElseThrow().token().usedAt()).isEqualTo(firstUse);
    }

    @Test
    void givenAnUnknownToken_rotate_returnsFalseAndStoresNothing() {
        Started started = startFamily(existingUser(store));

        boolean rotated = store.rotate("no-such-hash", token("successor", started.family(), NOW), NOW);

        assertThat(rotated).isFalse();
        assertThat(store.find("successor")).isEmpty();
    }

    @Test
    void givenASuccessorWhoseHashIsTaken_rotate_failsAndLeavesTheTokenUnused() {
        UserId user = existingUser(store);
        Started started = startFamily(user);
        Started other = startFamily(user);

        assertThatThrownBy(() -> store.rotate(started.first().idHash(),
                token(other.first().idHash(), started.family(), NOW), NOW))
                .isInstanceOf(RuntimeException.class);

        assertThat(store.find(started.first().idHash()).orElseThrow().token().used()).isEmpty();
        assertThat(store.find(other.first().idHash())).contains(new RefreshTokenState(other.first(), other.family()));
    }

    @Test
    void givenSixteenThreadsRotatingOneToken_rotate_letsExactlyOneWinAndStoresOnlyItsSuccessor() throws Exception {
        int threads = 16;
        Started started = startFamily(existingUser(store));
        Instant usedAt = NOW.plusSeconds(1);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                StoredRefreshToken successor = token("successor-" + i, started.family(), usedAt);
                Callable<Boolean> attempt = () -> {
                    start.await();
                    return store.rotate(started.first().idHash(), successor, usedAt);
                };
                results.add(pool.submit(attempt));
            }
            start.countDown();
            List<Integer> winners = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                if (results.get(i).get(60, TimeUnit.SECONDS)) {
                    winners.add(i);
                }
            }

            assertThat(winners).hasSize(1);
            for (int i = 0; i < threads; i++) {
                assertThat(store.find("successor-" + i).isPresent()).isEqualTo(winners.contains(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void givenAFamily_revokeFamily_marksItRevokedForEveryToken() {
        Started started = startFamily(existingUser(store));
        store.rotate(started.first().idHash(), token("successor", started.family(), NOW), NOW);
        Instant revokedAt = NOW.plusSeconds(10);

        store.revokeFamily(started.family().id(), revokedAt);

        assertThat(store.find(started.first().idHash()).orElseThrow().family())
                .isEqualTo(revoked(started.family(), revokedAt));
        assertThat(store.find("successor").orElseThrow().family()).isEqualTo(revoked(started.family(), revokedAt));
    }

    @Test
    void givenARevokedFamily_revokeFamily_keepsTheFirstRevocationTime() {
        Started started = startFamily(existingUser(store));
        store.revokeFamily(started.family().id(), NOW.plusSeconds(10));

        store.revokeFamily(started.family().id(), NOW.plusSeconds(20));

        assertThat(store.find(started.first().idHash()).orElseThrow().family().revokedAt())
                .isEqualTo(NOW.plusSeconds(10));
    }

    @Test
    void givenFamiliesOfTwoUsers_revokeAllFamilies_revokesOnlyTheUsersAndCountsTheNewlyRevoked() {
        UserId alice = existingUser(store);
        UserId bob = existingUser(store);
        Started aliceFirst = startFamily(alice);
        Started aliceSecond = startFamily(alice);
        Started aliceAlreadyRevoked = startFamily(alice);
        Started bobs = startFamily(bob);
        store.revokeFamily(aliceAlreadyRevoked.family().id(), NOW.plusSeconds(5));

        int revoked = store.revokeAllFamilies(alice, NOW.plusSeconds(10));

        assertThat(revoked).isEqualTo(2);
        assertThat(familyOf(aliceFirst).revokedAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(familyOf(aliceSecond).revokedAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(familyOf(aliceAlreadyRevoked).revokedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(familyOf(bobs).revoked()).isEmpty();
        assertThat(store.revokeAllFamilies(alice, NOW.plusSeconds(20))).isZero();
    }

    @Test
    void givenAUserWithoutFamilies_revokeAllFamilies_returnsZero() {
        assertThat(store.revokeAllFamilies(existingUser(store), NOW)).isZero();
    }

    @Test
    void givenExpiredAndLiveFamilies_deleteFamiliesExpiredBefore_removesOnlyTheExpiredWithTheirTokens() {
        UserId user = existingUser(store);
        Instant cutoff = NOW.plus(Duration.ofDays(2));
        Started expired = startFamily(user, cutoff.minusMillis(1));
        store.rotate(expired.first().idHash(), token("expired-successor", expired.family(), NOW), NOW);
        Started expiringAtTheCutoff = startFamily(user, cutoff);
        Started live = startFamily(existingUser(store), cutoff.plus(FAMILY_LIFETIME));

        int deleted = store.deleteFamiliesExpiredBefore(cutoff);

        assertThat(deleted).isEqualTo(1);
        assertThat(store.find(expired.first().idHash())).isEmpty();
        assertThat(store.find("expired-successor")).isEmpty();
        assertThat(store.find(expiringAtTheCutoff.first().idHash())).isPresent();
        assertThat(store.find(live.first().idHash())).contains(new RefreshTokenState(live.first(), live.family()));
        assertThat(store.revokeAllFamilies(user, NOW)).isEqualTo(1);
    }

    @Test
    void givenNothingExpired_deleteFamiliesExpiredBefore_returnsZero() {
        startFamily(existingUser(store));

        assertThat(store.deleteFamiliesExpiredBefore(NOW)).isZero();
    }

    private RefreshFamily familyOf(Started started) {
        return store.find(started.first().idHash()).orElseThrow().family();
    }
}
