package dev.portico.application.pulse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.application.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CheckPulseTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T14:30:00Z"));
    private final AtomicBoolean storeUp = new AtomicBoolean(true);
    private final CheckPulse checkPulse = new CheckPulse(storeUp::get, clock, "1.2.3");

    @Test
    void givenAReachableStore_check_reportsOkWithVersionAndUptime() {
        clock.advance(Duration.ofSeconds(90));

        Pulse pulse = checkPulse.check();

        assertThat(pulse.status()).isEqualTo(Pulse.Status.OK);
        assertThat(pulse.version()).isEqualTo("1.2.3");
        assertThat(pulse.uptime()).isEqualTo(Duration.ofSeconds(90));
        assertThat(pulse.databaseReachable()).isTrue();
    }

    @Test
    void givenAnUnreachableStore_check_reportsDown() {
        storeUp.set(false);

        Pulse pulse = checkPulse.check();

        assertThat(pulse.status()).isEqualTo(Pulse.Status.DOWN);
        assertThat(pulse.databaseReachable()).isFalse();
    }
}
