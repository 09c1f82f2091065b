package dev.portico.application.cluster.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.application.cluster.port.JobClaimsContract;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LocalJobClaimsTest extends JobClaimsContract<LocalJobClaims> {

    @Override
    protected LocalJobClaims newJobClaims() {
        return new LocalJobClaims();
    }

    @Test
    void aClaim_holdsUntilTheLastNanosecondOfItsHoldFor() {
        AtomicLong nanos = new AtomicLong(-5_000);
        LocalJobClaims claims = new LocalJobClaims(nanos::get);
        claims.claim("daily-snapshots", Duration.ofSeconds(10));

        nanos.addAndGet(Duration.ofSeconds(10).toNanos() - 1);
        assertThat(claims.claim("daily-snapshots", Duration.ofSeconds(10))).isFalse();

        nanos.incrementAndGet();
        assertThat(claims.claim("daily-snapshots", Duration.ofSeconds(10))).isTrue();
    }
}
