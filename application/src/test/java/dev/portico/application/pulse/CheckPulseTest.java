package dev.portico.application.pulse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.application.quote.FeedHealth;
import dev.portico.application.quote.FeedQuote;
import dev.portico.application.quote.port.QuoteFeed;
import dev.portico.application.support.MutableClock;
import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.Symbol;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CheckPulseTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T14:30:00Z"));
    private final AtomicBoolean storeUp = new AtomicBoolean(true);
    private final AtomicReference<FeedHealth.Circuit> circuit = new AtomicReference<>(FeedHealth.Circuit.CLOSED);
    private final QuoteFeed feed = new QuoteFeed() {
        @Override
        public Optional<FeedQuote> quote(Symbol symbol) {
            return Optional.empty();
        }

        @Override
        public Optional<DailySnapshot> dailySnapshot(Symbol symbol, LocalDate tradingDay) {
            return Optional.empty();
        }

        @Override
        public FeedHealth health() {
            return new FeedHealth("test", circuit.get(), Optional.of(Duration.ofMillis(120)));
        }
    };
    private final CheckPulse checkPulse = new CheckPulse(storeUp::get, feed, clock, "1.2.3");

    @Test
    void withoutSharedState_check_reportsNoSharedStateCheck() {
        assertThat(checkPulse.check().sharedStateReachable()).isEmpty();
    }

    @Test
    void givenUnreachableSharedState_check_reportsDegradedNamingIt() {
        AtomicBoolean redisUp = new AtomicBoolean(false);
        CheckPulse clustered = new CheckPulse(storeUp::get, Optional.of(redisUp::get), feed, clock, "1.2.3");

        Pulse pulse = clustered.check();

        assertThat(pulse.status()).isEqualTo(Pulse.Status.DEGRADED);
        assertThat(pulse.sharedStateReachable()).contains(false);
        redisUp.set(true);
        assertThat(clustered.check().status()).isEqualTo(Pulse.Status.OK);
        assertThat(clustered.check().sharedStateReachable()).contains(true);
    }

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
    void givenAnOpenFeedCircuit_check_reportsDegradedWithTheFeedState() {
        circuit.set(FeedHealth.Circuit.OPEN);

        Pulse pulse = checkPulse.check();

        assertThat(pulse.status()).isEqualTo(Pulse.Status.DEGRADED);
        assertThat(pulse.quoteFeed().circuit()).isEqualTo(FeedHealth.Circuit.OPEN);
        assertThat(pulse.quoteFeed().lastUpdateAge()).contains(Duration.ofMillis(120));
    }

    @Test
    void givenAnUnreachableStoreAndAnOpenCircuit_check_reportsDown() {
        storeUp.set(false);
        circuit.set(FeedHealth.Circuit.OPEN);

        assertThat(checkPulse.check().status()).isEqualTo(Pulse.Status.DOWN);
    }

    @Test
    void givenAnUnreachableStore_check_reportsDown() {
        storeUp.set(false);

        Pulse pulse = checkPulse.check();

        assertThat(pulse.status()).isEqualTo(Pulse.Status.DOWN);
        assertThat(pulse.databaseReachable()).isFalse();
    }
}
