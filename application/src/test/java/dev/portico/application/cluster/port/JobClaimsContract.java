package dev.portico.application.cluster.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link JobClaims} adapter must show. Each adapter's test class extends this and
 * supplies claims over a store in which no job is claimed yet.
 */
public abstract class JobClaimsContract<T extends JobClaims> {

    private static final Duration A_MINUTE = Duration.ofMinutes(1);

    private T claims;

    protected abstract T newJobClaims();

    @BeforeEach
    void startWithNoClaims() {
        claims = newJobClaims();
    }

    @Test
    void givenAnUnclaimedJob_claim_succeeds() {
        assertThat(claims.claim("daily-snapshots", A_MINUTE)).isTrue();
    }

    @Test
    void givenAClaimedJob_anotherClaimWithinItsHoldFor_isRefused() {
        claims.claim("daily-snapshots", A_MINUTE);

        assertThat(claims.claim("daily-snapshots", A_MINUTE)).isFalse();
        assertThat(claims.claim("daily-snapshots", Duration.ofMillis(1))).isFalse();
    }

    @Test
    void givenAClaimedJob_anotherJob_canBeClaimed() {
        claims.claim("daily-snapshots", A_MINUTE);

        assertThat(claims.claim("purge-token-families", A_MINUTE)).isTrue();
    }

    @Test
    void givenAClaimWhoseHoldForHasPassed_claim_succeedsAgain() throws InterruptedException {
        assertThat(claims.claim("daily-snapshots", Duration.ofMillis(50))).isTrue();

        Thread.sleep(200);

        assertThat(claims.claim("daily-snapshots", A_MINUTE)).isTrue();
        assertThat(claims.claim("daily-snapshots", A_MINUTE)).isFalse();
    }

    @Test
    void givenEightThreadsClaimingOneJob_exactlyOneSucceeds() throws Exception {
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return claims.claim("daily-snapshots", A_MINUTE);
                }));
            }
            start.countDown();
            int claimed = 0;
            for (Future<Boolean> result : results) {
                claimed += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }

            assertThat(claimed).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void claim_forNoTimeOrANegativeTime_isRefusedAsAMistake() {
        assertThatThrownBy(() -> claims.claim("daily-snapshots", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> claims.claim("daily-snapshots", Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(claims.claim("daily-snapshots", A_MINUTE)).isTrue();
    }
}
