package dev.portico.application.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.quote.FeedQuote;
import dev.portico.application.stream.port.StreamClient;
import dev.portico.application.stream.port.StreamSeats;
import dev.portico.application.stream.support.LocalStreamSeats;
import dev.portico.application.support.FakeQuoteFeed;
import dev.portico.application.support.FakeQuoteStream;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.error.StoreUnavailable;
import dev.portico.domain.error.StreamLimitReached;
import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import dev.portico.domain.user.UserId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StreamHubTest {

    private static final Symbol AAPL = Symbol.parse("AAPL");
    private static final Symbol CSCO = Symbol.parse("CSCO");
    private static final Instant NOON = Instant.parse("2026-03-04T17:00:00Z");
    private static final UserId ALICE = new UserId(1);
    private static final UserId BOB = new UserId(2);
    private static final UserId CAROL = new UserId(3);

    private final FakeQuoteStream upstream = new FakeQuoteStream();
    private final FakeQuoteFeed feed = new FakeQuoteFeed();
    private final StreamHub hub = new StreamHub(upstream, feed, new StreamLimits(50, 2, 3));

    @Test
    void twoHubsSharingSeats_holdThePerUserLimitBetweenThem_andAClosedConnectionGivesItsSeatBack() {
        LocalStreamSeats shared = new LocalStreamSeats();
        StreamHub first = new StreamHub(upstream, feed, new StreamLimits(50, 2, 10), shared);
        StreamHub second = new StreamHub(upstream, feed, new StreamLimits(50, 2, 10), shared);
        StreamConnection onFirst = first.connect(ALICE, new CountingClient());
        second.connect(ALICE, new CountingClient());

        assertThatThrownBy(() -> second.connect(ALICE, new CountingClient()))
                .isInstanceOfSatisfying(StreamLimitReached.class,
                        full -> assertThat(full.scope()).isEqualTo(StreamLimitReached.Scope.PER_USER));
        onFirst.close();
        assertThat(second.connect(ALICE, new CountingClient())).isNotNull();
        assertThat(second.connections()).isEqualTo(2);
    }

    @Test
    void seatsThatCannotBeCounted_refuseTheConnection_andLeaveTheTotalAsItWas() {
        StreamSeats down = new StreamSeats() {
            @Override
            public boolean take(UserId user, String connectionId, int limit) {
                throw new StoreUnavailable(StoreUnavailable.Store.SHARED_STATE, Duration.ofSeconds(1));
            }

            @Override
            public void release(UserId user, String connectionId) {
            }
        };
        StreamHub cutOff = new StreamHub(upstream, feed, new StreamLimits(50, 2, 3), down);

        assertThatThrownBy(() -> cutOff.connect(ALICE, new CountingClient())).isInstanceOf(StoreUnavailable.class);
        assertThat(cutOff.connections()).isZero();
    }

    @Test
    void manyConnections_shareOneUpstreamSubscriptionPerSymbol() {
        hub.connect(ALICE, new CountingClient()).subscribe(List.of(AAPL, CSCO));
        hub.connect(ALICE, new CountingClient()).subscribe(List.of(AAPL));
        hub.connect(BOB, new CountingClient()).subscribe(List.of(CSCO, AAPL));

        assertThat(upstream.subscribes(AAPL)).isEqualTo(1);
        assertThat(upstream.subscribes(CSCO)).isEqualTo(1);
        assertThat(hub.watchedSymbols()).containsExactlyInAnyOrder(AAPL, CSCO);
    }

    @Test
    void theLastUnsubscribe_cancelsUpstream() {
        StreamConnection first = hub.connect(ALICE, new CountingClient());
        StreamConnection second = hub.connect(BOB, new CountingClient());
        first.subscribe(List.of(AAPL));
        second.subscribe(List.of(AAPL));

        first.unsubscribe(List.of(AAPL));
        assertThat(upstream.cancels(AAPL)).isZero();

        second.close();
        assertThat(upstream.cancels(AAPL)).isEqualTo(1);
        assertThat(upstream.active(AAPL)).isZero();
        assertThat(hub.watchedSymbols()).isEmpty();
    }

    @Test
    void aSymbolWatchedAgain_subscribesUpstreamAgain() {
        StreamConnection connection = hub.connect(ALICE, new CountingClient());
        connection.subscribe(List.of(AAPL));
        connection.unsubscribe(List.of(AAPL));

        connection.subscribe(List.of(AAPL));

        assertThat(upstream.subscribes(AAPL)).isEqualTo(2);
        assertThat(upstream.active(AAPL)).isEqualTo(1);
    }

    @Test
    void subscribeAndUnsubscribe_acknowledgeTheWholeList() {
        StreamConnection connection = hub.connect(ALICE, new CountingClient());

        assertThat(connection.subscribe(List.of(AAPL))).containsExactly(AAPL);
        assertThat(connection.subscribe(List.of(CSCO, AAPL))).containsExactly(AAPL, CSCO);
        assertThat(connection.unsubscribe(List.of(AAPL))).containsExactly(CSCO);
        assertThat(connection.current()).containsExactly(CSCO);
    }

    @Test
    void aNewSymbol_getsTheFeedQuoteAtOnceWhenNothingStreamedYet() {
        feed.put(new FeedQuote(quote(AAPL, "100.00"), false, Duration.ZERO));
        CountingClient client = new CountingClient();
        StreamConnection connection = hub.connect(ALICE, client);

        connection.subscribe(List.of(AAPL, CSCO));

        assertThat(client.nudges()).isEqualTo(1);
        assertThat(connection.drain()).containsExactly(new StreamQuote(quote(AAPL, "100.00"), 0));
    }

    @Test
    void aNewSymbol_getsTheLastStreamedQuoteWithItsSeq() {
        hub.connect(ALICE, new CountingClient()).subscribe(List.of(AAPL));
        upstream.push(quote(AAPL, "101.00"));
        upstream.push(quote(AAPL, "102.00"));
        StreamConnection late = hub.connect(BOB, new CountingClient());

        late.subscribe(List.of(AAPL));

        assertThat(late.drain()).containsExactly(new StreamQuote(quote(AAPL, "102.00"), 2));
        assertThat(feed.quoteCalls()).isEqualTo(1);
    }

    @Test
    void aFailingFeed_leavesTheNewSymbolWithoutAQuote() {
        feed.failFor(AAPL);
        StreamConnection connection = hub.connect(ALICE, new CountingClient());

        assertThat(connection.subscribe(List.of(AAPL))).containsExactly(AAPL);
        assertThat(connection.drain()).isEmpty();
    }

    @Test
    void seq_growsByOnePerUpstreamUpdateOfEachSymbol() {
        StreamConnection connection = hub.connect(ALICE, new CountingClient());
        connection.subscribe(List.of(AAPL, CSCO));
        List<Long> appleSeqs = new ArrayList<>();

        for (int i = 1; i <= 3; i++) {
            upstream.push(quote(AAPL, "10" + i + ".00"));
            connection.drain().forEach(update -> appleSeqs.add(update.seq()));
        }
        upstream.push(quote(CSCO, "50.00"));

        assertThat(appleSeqs).containsExactly(1L, 2L, 3L);
        assertThat(connection.drain()).extracting(StreamQuote::seq).containsExactly(1L);
    }

    @Test
    void anUndrainedConnection_keepsOnlyTheLatestQuotePerSymbol() {
        StreamConnection connection = hub.connect(ALICE, new CountingClient());
        connection.subscribe(List.of(AAPL, CSCO));

        for (int i = 1; i <= 100; i++) {
            upstream.push(quote(AAPL, i + ".00"));
            upstream.push(quote(CSCO, (i + 1000) + ".00"));
        }

        assertThat(connection.pendingSinceNanos()).isNotNegative();
        assertThat(connection.drain()).containsExactly(
                new StreamQuote(quote(AAPL, "100.00"), 100), new StreamQuote(quote(CSCO, "1100.00"), 100));
        assertThat(connection.drain()).isEmpty();
        assertThat(connection.pendingSinceNanos()).isEqualTo(-1);
    }

    @Test
    void theFiftyFirstSymbol_isRefusedAndTheEarlierOnesStay() {
        StreamConnection connection = hub.connect(ALICE, new CountingClient());
        List<Symbol> fifty = symbols(0, 50);
        connection.subscribe(fifty);

        assertThatThrownBy(() -> connection.subscribe(List.of(AAPL)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.field()).contains("symbols"));

        assertThat(connection.current()).containsExactlyElementsOf(fifty);
        assertThat(hub.watchedSymbols()).containsExactlyInAnyOrderElementsOf(fifty);
        assertThat(upstream.subscribes(AAPL)).isZero();
    }

    @Test
    void aBatchOverTheLimit_addsNothing() {
        StreamConnection connection = hub.connect(ALICE, new CountingClient());
        connection.subscribe(symbols(0, 40));

        assertThatThrownBy(() -> connection.subscribe(symbols(40, 51))).isInstanceOf(InvalidInputException.class);

        assertThat(connection.current()).hasSize(40);
        assertThat(hub.watchedSymbols()).hasSize(40);
    }

    @Test
    void connectionsPerUser_areLimitedAndFreedOnClose() {
        hub.connect(ALICE, new CountingClient());
        StreamConnection second = hub.connect(ALICE, new CountingClient());

        assertThatThrownBy(() -> hub.connect(ALICE, new CountingClient())).isInstanceOfSatisfying(StreamLimitReached.class,
                full -> assertThat(full).extracting(StreamLimitReached::scope, StreamLimitReached::limit)
                        .containsExactly(StreamLimitReached.Scope.PER_USER, 2));
        assertThat(hub.connections()).isEqualTo(2);

        second.close();
        hub.connect(ALICE, new CountingClient());
        assertThat(hub.connections()).isEqualTo(2);
    }

    @Test
    void connectionsInTotal_areLimitedAndFreedOnClose() {
        hub.connect(ALICE, new CountingClient());
        hub.connect(ALICE, new CountingClient());
        StreamConnection bobs = hub.connect(BOB, new CountingClient());

        assertThatThrownBy(() -> hub.connect(CAROL, new CountingClient())).isInstanceOfSatisfying(StreamLimitReached.class,
                full -> assertThat(full).extracting(StreamLimitReached::scope, StreamLimitReached::limit)
                        .containsExactly(StreamLimitReached.Scope.TOTAL, 3));
        assertThat(hub.connections()).isEqualTo(3);

        bobs.close();
        hub.connect(CAROL, new CountingClient());
        assertThat(hub.connections()).isEqualTo(3);
    }

    @Test
    void closingTwice_freesTheConnectionOnce() {
        StreamConnection first = hub.connect(ALICE, new CountingClient());
        hub.connect(ALICE, new CountingClient());
        first.subscribe(List.of(AAPL));

        first.close();
        first.close();

        assertThat(hub.connections()).isEqualTo(1);
        hub.connect(ALICE, new CountingClient());
        assertThatThrownBy(() -> hub.connect(ALICE, new CountingClient())).isInstanceOf(StreamLimitReached.class);
        assertThat(upstream.cancels(AAPL)).isEqualTo(1);
    }

    @Test
    void aClosedConnection_subscribesToNothing() {
        StreamConnection connection = hub.connect(ALICE, new CountingClient());
        connection.close();

        assertThat(connection.subscribe(List.of(AAPL))).isEmpty();
        assertThat(upstream.subscribes(AAPL)).isZero();
        assertThat(hub.watchedSymbols()).isEmpty();
    }

    @Test
    void drainAfterUnsubscribe_hasNoQuotesOfThatSymbol() {
        StreamConnection connection = hub.connect(ALICE, new CountingClient());
        connection.subscribe(List.of(AAPL, CSCO));
        upstream.push(quote(AAPL, "101.00"));
        upstream.push(quote(CSCO, "51.00"));

        connection.unsubscribe(List.of(AAPL));

        assertThat(connection.drain()).extracting(update -> update.quote().symbol()).containsExactly(CSCO);
    }

    @Test
    void theClient_isNudgedOnceUntilItDrains() {
        CountingClient client = new CountingClient();
        StreamConnection connection = hub.connect(ALICE, client);
        connection.subscribe(List.of(AAPL, CSCO));

        for (int i = 1; i <= 5; i++) {
            upstream.push(quote(AAPL, i + ".00"));
            upstream.push(quote(CSCO, i + ".00"));
        }
        assertThat(client.nudges()).isEqualTo(1);

        connection.drain();
        upstream.push(quote(AAPL, "6.00"));
        upstream.push(quote(AAPL, "7.00"));
        assertThat(client.nudges()).isEqualTo(2);
    }

    private static Quote quote(Symbol symbol, String price) {
        return new Quote(symbol, new BigDecimal(price), "USD", NOON, new BigDecimal("99.00"), "fake");
    }

    /** Symbols SAA, SAB, ... numbered from {@code from} (inclusive) to {@code to} (exclusive). */
    private static List<Symbol> symbols(int from, int to) {
        List<Symbol> symbols = new ArrayList<>();
        for (int i = from; i < to; i++) {
            symbols.add(new Symbol("S" + (char) ('A' + i / 26) + (char) ('A' + i % 26)));
        }
        return symbols;
    }

    private static final class CountingClient implements StreamClient {
        private final AtomicInteger nudges = new AtomicInteger();

        @Override
        public void quotesPending() {
            nudges.incrementAndGet();
        }

        int nudges() {
            return nudges.get();
        }
    }
}
