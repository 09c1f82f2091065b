package dev.portico.adapters.quotefeed.counting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.application.quote.port.QuoteFeedOverFakeContract;
import dev.portico.application.support.FakeQuoteFeed;
import org.junit.jupiter.api.Test;

/** The counting wrapper keeps the feed contract of what it wraps, and counts every call that reaches it. */
class CountingQuoteFeedTest extends QuoteFeedOverFakeContract<CountingQuoteFeed> {

    @Override
    protected CountingQuoteFeed over(FakeQuoteFeed upstream) {
        return new CountingQuoteFeed(upstream);
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
