package dev.portico.adapters.redis.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.adapters.redis.connection.RedisConnections;
import dev.portico.adapters.redis.testing.RedisTestServer;
import dev.portico.application.stream.StreamQuote;
import dev.portico.application.stream.port.QuoteStreamContract;
import dev.portico.application.support.FakeQuoteStream;
import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The relay held to the QuoteStream contract as one instance (its own leader: a move is a push on its
 * local stream), then as two instances on one Redis, each over a local stream of its own.
 */
@ExtendWith(RedisTestServer.Extension.class)
class RedisQuoteRelayTest extends QuoteStreamContract<RedisQuoteRelay> {

    private static final RelayTimings FAST = new RelayTimings(Duration.ofMillis(1500), Duration.ofMillis(200),
            Duration.ofSeconds(3));
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static RedisConnections connections;
    private static RedisConnections otherConnections;
    private FakeQuoteStream local;

    @BeforeAll
    static void connect() {
        connections = new RedisConnections(RedisTestServer.shared().settings());
        otherConnections = new RedisConnections(RedisTestServer.shared().settings());
    }

    @AfterAll
    static void disconnect() {
        connections.close();
        otherConnections.close();
    }

    @Override
    protected RedisQuoteRelay newStream() {
        RedisTestServer.shared().flushAll();
        local = new FakeQuoteStream();
        return new RedisQuoteRelay(connections, local, "instance-a", FAST);
    }

    @Override
    protected void move(Symbol symbol, String price) {
        local.push(quote(symbol, price));
    }

    @Override
    protected void settle() {
        pause(10);
    }

    @Override
    protected void close(RedisQuoteRelay closing) {
        closing.close();
    }

    @Test
    void twoInstances_pollOnceClusterWide_andTheirSubscribersSeeTheSameSeqs() {
        FakeQuoteStream otherLocal = new FakeQuoteStream();
        try (RedisQuoteRelay other = new RedisQuoteRelay(otherConnections, otherLocal, "instance-b", FAST)) {
            Updates here = new Updates();
            Updates there = new Updates();
            stream.subscribe(AAPL, here);
            other.subscribe(AAPL, there);

            local.push(quote(AAPL, "100.00"));
            local.push(quote(AAPL, "101.00"));
            await(() -> here.seqs().size() == 2 && there.seqs().size() == 2, "both updates on both instances");

            assertThat(stream.leading()).isTrue();
            assertThat(other.leading()).isFalse();
            assertThat(local.active(AAPL)).isEqualTo(1);
            assertThat(otherLocal.subscribes(AAPL)).isZero();
            assertThat(here.seqs()).containsExactly(1L, 2L);
            assertThat(there.seqs()).containsExactly(1L, 2L);
            assertThat(there.prices()).containsExactly(new BigDecimal("100.00"), new BigDecimal("101.00"));
        }
    }

    @Test
    void aSymbolOnlyAnotherInstanceWants_isFollowedByTheLeader() {
        try (RedisQuoteRelay other = new RedisQuoteRelay(otherConnections, new FakeQuoteStream(), "instance-b", FAST)) {
            Updates there = new Updates();
            other.subscribe(CSCO, there);

            await(() -> local.active(CSCO) == 1, "the leader following CSCO");
            local.push(quote(CSCO, "50.00"));

            await(() -> there.seqs().size() == 1, "the CSCO update on the other instance");
            assertThat(there.seqs()).containsExactly(1L);
        }
    }

    @Test
    void whenTheLeaderCloses_anotherInstanceTakesOver_andTheSeqGoesOnUpward() {
        FakeQuoteStream otherLocal = new FakeQuoteStream();
        try (RedisQuoteRelay other = new RedisQuoteRelay(otherConnections, otherLocal, "instance-b", FAST)) {
            Updates there = new Updates();
            other.subscribe(AAPL, there);
            await(() -> local.active(AAPL) == 1, "the leader following AAPL");
            local.push(quote(AAPL, "100.00"));
            await(() -> there.seqs().size() == 1, "the first update");

            stream.close();

            await(() -> other.leading() && otherLocal.active(AAPL) == 1, "the other instance leading");
            assertThat(local.active(AAPL)).isZero();
            otherLocal.push(quote(AAPL, "102.00"));
            await(() -> there.seqs().size() == 2, "the update of the new leader");
            assertThat(there.seqs()).containsExactly(1L, 2L);
        }
    }

    @Test
    void whenTheLeaderDiesWithoutAWord_anotherTakesOverOnceTheLeaseLapses() {
        FakeQuoteStream otherLocal = new FakeQuoteStream();
        try (RedisQuoteRelay other = new RedisQuoteRelay(otherConnections, otherLocal, "instance-b", FAST)) {
            Updates there = new Updates();
            other.subscribe(AAPL, there);
            await(() -> local.active(AAPL) == 1, "the leader following AAPL");
            local.push(quote(AAPL, "100.00"));
            await(() -> there.seqs().size() == 1, "the first update");

            stream.abandon();

            await(() -> other.leading() && otherLocal.active(AAPL) == 1, "the other instance leading");
            otherLocal.push(quote(AAPL, "103.00"));
            await(() -> there.seqs().size() == 2, "the update of the new leader");
            assertThat(there.seqs()).containsExactly(1L, 2L);
        }
    }

    @Test
    void anInstanceThatJustJoined_answersLastWithTheClustersLatestUpdate() {
        Updates here = new Updates();
        stream.subscribe(AAPL, here);
        local.push(quote(AAPL, "100.00"));
        local.push(quote(AAPL, "104.00"));
        await(() -> here.seqs().size() == 2, "both updates");

        try (RedisQuoteRelay joined = new RedisQuoteRelay(otherConnections, new FakeQuoteStream(), "instance-c", FAST)) {
            assertThat(joined.last(AAPL)).hasValueSatisfying(update -> {
                assertThat(update.seq()).isEqualTo(2L);
                assertThat(update.quote()).isEqualTo(quote(AAPL, "104.00"));
            });
            assertThat(joined.last(CSCO)).isEmpty();
        }
    }

    @Test
    void whileRedisIsAway_subscribingWorks_andAfterItsRestartTheSeqStillGoesUp() {
        Updates here = new Updates();
        stream.subscribe(AAPL, here);
        local.push(quote(AAPL, "100.00"));
        await(() -> here.seqs().size() == 1, "the first update");
        RedisTestServer server = RedisTestServer.shared();
        Updates cisco = new Updates();
        try {
            server.stop();
            stream.subscribe(CSCO, cisco);
            await(() -> !stream.leading(), "the leader stepping down");
            assertThat(local.active(AAPL)).isZero();
        } finally {
            server.start();
        }

        await(() -> stream.leading() && local.active(AAPL) == 1 && local.active(CSCO) == 1, "leading again");
        local.push(quote(AAPL, "105.00"));
        local.push(quote(CSCO, "51.00"));
        await(() -> here.seqs().size() == 2 && cisco.seqs().size() == 1, "the updates after the restart");
        assertThat(here.seqs()).containsExactly(1L, 2L);
    }

    @Test
    void anUpdate_readsBackFromItsTextForm_equal() {
        StreamQuote update = new StreamQuote(new Quote(Symbol.parse("BRK.B"), new BigDecimal("412.5000"), "USD",
                Instant.parse("2026-03-04T17:00:00.123Z"), null, "simulated feed"), 42);

        assertThat(QuoteCodec.decodeUpdate(QuoteCodec.encode(update))).contains(update);
        assertThat(QuoteCodec.decodeUpdate(QuoteCodec.interest(AAPL))).isEmpty();
        assertThat(QuoteCodec.decodeInterest(QuoteCodec.interest(AAPL))).contains(AAPL);
        assertThat(QuoteCodec.decodeUpdate("q1 x AAPL 1 USD 0 - s")).isEmpty();
    }

    private static Quote quote(Symbol symbol, String price) {
        return new Quote(symbol, new BigDecimal(price), "USD", Instant.parse("2026-03-04T17:00:00Z"),
                new BigDecimal("99.00"), "fake");
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Never saw " + what);
            }
            pause(20);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static final class Updates implements Consumer<StreamQuote> {
        private final List<StreamQuote> updates = new CopyOnWriteArrayList<>();

        @Override
        public void accept(StreamQuote update) {
            updates.add(update);
        }

        List<Long> seqs() {
            return updates.stream().map(StreamQuote::seq).toList();
        }

        List<BigDecimal> prices() {
            return updates.stream().map(update -> update.quote().price()).toList();
        }
    }
}
