package dev.portico.adapters.quotefeed.counting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.application.quote.port.QuoteFeedContract;
import dev.portico.application.support.FakeQuoteFeed;
import dev.portico.domain.quote.Symbol;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The counting wrapper keeps the feed contract of what it wraps, and counts every call that reaches it. */
class CountingQuoteFeedTest extends QuoteFeedContract<CountingQuoteFeed> {

    private static final Symbol CSCO = new Symbol("CSCO");
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 4);

    private final FakeQuoteFeed upstream = new FakeQuoteFeed();

    @Override
    protected CountingQuoteFeed newFeed() {
        upstream.putSample(CSCO, WEDNESDAY);
        return new CountingQuoteFeed(upstream);
    }

    @Override
    protected Symbol knownSymbol() {
        return CSCO;
    }

    @Override
    protected LocalDate tradingDay() {
        return WEDNESDAY;
    }

    @Override
    protected boolean takeUpstreamDown(CountingQuoteFeed feed) {
        upstream.failAll();
        return true;
    }

    @Test
    void givenQuotesSnapshotsAndHealth_calls_countsTheQuotesAndSnapshotsOnly() {
        feed().quote(CSCO);
        feed().quote(unknownSymbol());
        feed().dailySnapshot(CSCO, WEDNESDAY);
        feed().health();

        assertThat(feed().calls()).isEqualTo(3);
        assertThat(upstream.quoteCalls()).isEqualTo(2);
        assertThat(upstream.snapshotCalls()).isEqualTo(1);
    }
}
