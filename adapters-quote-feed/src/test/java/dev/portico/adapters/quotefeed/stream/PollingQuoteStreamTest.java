package dev.portico.adapters.quotefeed.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.quote.FeedQuote;
import dev.portico.application.stream.port.QuoteStream;
import dev.portico.application.stream.port.QuoteStreamContract;
import dev.portico.application.support.FakeQuoteFeed;
import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The polling stream, held to the port's contract over a fake feed polled every 10 ms (settling waits
 * for two feed requests per polled symbol, one full polling round since the last move), and what is
 * its own: only changed prices pass, one poll per symbol however many subscribe, failures contained.
 */
class PollingQuoteStreamTest extends QuoteStreamContract<PollingQuoteStream> {

    private static final Instant NOON = Instant.parse("2026-03-04T17:00:00Z");

    private final FakeQuoteFeed feed = new FakeQuoteFeed();

    @Override
    protected PollingQuoteStream newStream() {
        return new PollingQuoteStream(feed, Duration.ofMillis(10));
    }

    @Override
    protected void move(Symbol symbol, String price) {
        feed.put(quote(symbol, price, NOON, false));
    }

    @Override
    protected void settle() {
        int symbols = stream.polledSymbols();
        if (symbols > 0) {
            long target = feed.quoteCalls() + 2L * symbols;
            await(() -> feed.quoteCalls() >= target, "a full polling round");
        }
    }

    @Override
    protected void close(PollingQuoteStream closing) {
        closing.close();
    }

    @Test
    void deliversTheFirstQuoteThenOnlyChanges() {
        feed.put(quote(AAPL, "100.00", NOON, false));
        List<Quote> received = new CopyOnWriteArrayList<>();
        stream.subscribe(AAPL, update -> received.add(update.quote()));

        await(() -> received.size() == 1, "the first quote");
        awaitMorePolls(AAPL, 3);
        assertThat(received).hasSize(1);

        feed.put(quote(AAPL, "100.00", NOON, true));
        awaitMorePolls(AAPL, 3);
        assertThat(received).as("a stale copy of the same quote").hasSize(1);

        feed.put(quote(AAPL, "101.50", NOON.plusSeconds(1), false));
        await(() -> received.size() == 2, "the changed quote");
        awaitMorePolls(AAPL, 3);
        assertThat(received).extracting(Quote::price)
                .containsExactly(new BigDecimal("100.00"), new BigDecimal("101.50"));
    }

    @Test
    void aChangedTimeAlone_isNotAnUpdate() {
        feed.put(quote(AAPL, "100.00", NOON, false));
        List<Quote> received = new CopyOnWriteArrayList<>();
        stream.subscribe(AAPL, update -> received.add(update.quote()));
        await(() -> received.size() == 1, "the first quote");

        feed.put(quote(AAPL, "100.00", NOON.plusSeconds(5), false));
        awaitMorePolls(AAPL, 3);

        assertThat(received).hasSize(1);
    }

    @Test
    void cancel_stopsDeliveryAndPolling() {
        feed.put(quote(AAPL, "100.00", NOON, false)).put(quote(CSCO, "50.00", NOON, false));
        List<Quote> apple = new CopyOnWriteArrayList<>();
        QuoteStream.Subscription subscription = stream.subscribe(AAPL, update -> apple.add(update.quote()));
        stream.subscribe(CSCO, quote -> { });
        await(() -> apple.size() == 1, "the first quote");

        subscription.cancel();
        feed.put(quote(AAPL, "101.00", NOON.plusSeconds(1), false));
        long applePolls = polls(AAPL);
        awaitMorePolls(CSCO, 5);

        assertThat(apple).hasSize(1);
        assertThat(polls(AAPL)).isLessThanOrEqualTo(applePolls + 1);
        assertThat(stream.polledSymbols()).isEqualTo(1);
    }

    @Test
    void subscribersOfOneSymbolShareOnePoll() {
        feed.put(quote(AAPL, "100.00", NOON, false)).put(quote(CSCO, "50.00", NOON, false));
        List<Quote> first = new CopyOnWriteArrayList<>();
        List<Quote> second = new CopyOnWriteArrayList<>();
        stream.subscribe(AAPL, update -> first.add(update.quote()));
        stream.subscribe(AAPL, update -> second.add(update.quote()));
        stream.subscribe(CSCO, quote -> { });

        await(() -> first.size() == 1 && second.size() == 1, "the quote for both subscribers");
        awaitMorePolls(CSCO, 5);

        assertThat(stream.polledSymbols()).isEqualTo(2);
        assertThat(Math.abs(polls(AAPL) - polls(CSCO))).as("one AAPL poll per tick, like CSCO").isLessThanOrEqualTo(1);
    }

    @Test
    void aFailingFeed_doesNotStopThePolling() {
        feed.put(quote(AAPL, "100.00", NOON, false)).put(quote(CSCO, "50.00", NOON, false));
        feed.failFor(AAPL);
        List<Quote> apple = new CopyOnWriteArrayList<>();
        List<Quote> cisco = new CopyOnWriteArrayList<>();
        stream.subscribe(AAPL, update -> apple.add(update.quote()));
        stream.subscribe(CSCO, update -> cisco.add(update.quote()));

        await(() -> cisco.size() == 1, "the healthy symbol's quote");
        awaitMorePolls(AAPL, 3);
        assertThat(apple).isEmpty();

        feed.recover();
        await(() -> apple.size() == 1, "the quote once the feed recovers");
    }

    @Test
    void close_stopsPollingAndDelivery() throws InterruptedException {
        feed.put(quote(AAPL, "100.00", NOON, false));
        List<Quote> received = new CopyOnWriteArrayList<>();
        stream.subscribe(AAPL, update -> received.add(update.quote()));
        await(() -> received.size() == 1, "the first quote");

        stream.close();
        feed.put(quote(AAPL, "104.00", NOON.plusSeconds(1), false));
        long polls = polls(AAPL);
        Thread.sleep(60);

        assertThat(polls(AAPL)).isLessThanOrEqualTo(polls + 1);
        assertThat(received).hasSize(1);
        assertThatThrownBy(() -> stream.subscribe(CSCO, quote -> { })).isInstanceOf(IllegalStateException.class);
    }

    private long polls(Symbol symbol) {
        return feed.quoteRequests().stream().filter(symbol::equals).count();
    }

    private void awaitMorePolls(Symbol symbol, int more) {
        long target = polls(symbol) + more;
        await(() -> polls(symbol) >= target, more + " more polls of " + symbol);
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for " + what, e);
            }
        }
    }

    private static FeedQuote quote(Symbol symbol, String price, Instant asOf, boolean stale) {
        return new FeedQuote(new Quote(symbol, new BigDecimal(price), "USD", asOf, new BigDecimal("99.00"), "fake"),
                stale, Duration.ZERO);
    }
}
