package dev.portico.application.stream.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.stream.StreamQuote;
import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link QuoteStream} must show, as the stream hub relies on it. Each implementation's
 * test extends this and says how to move a symbol's price upstream and how to let the stream catch up
 * ({@link #settle()}: at once for a synchronous stream, one full round for a polling one); nothing here
 * waits on the wall clock beyond what {@code settle} does.
 */
public abstract class QuoteStreamContract<T extends QuoteStream> {

    protected static final Symbol AAPL = Symbol.parse("AAPL");
    protected static final Symbol CSCO = Symbol.parse("CSCO");
    private static final Duration PATIENCE = Duration.ofSeconds(2);

    protected T stream;

    /** A stream over an upstream that knows no price yet. */
    protected abstract T newStream();

    /** Moves the symbol's price upstream to {@code price}; the stream passes it on as an update. */
    protected abstract void move(Symbol symbol, String price);

    /** Returns once every price moved so far has had its chance to reach every live subscriber. */
    protected abstract void settle();

    /** Releases what the stream holds; nothing by default. */
    protected void close(T closing) {
    }

    @BeforeEach
    void openStream() {
        stream = newStream();
    }

    @AfterEach
    void closeStream() {
        close(stream);
    }

    @Test
    void aSubscriber_receivesTheUpdatesOfItsSymbol() {
        Prices apple = new Prices();
        stream.subscribe(AAPL, apple);

        move(AAPL, "100.00");
        eventually(() -> apple.seen().size() == 1, "the first update");
        move(AAPL, "101.50");
        eventually(() -> apple.seen().size() == 2, "the second update");

        assertThat(apple.seen()).containsExactly(new BigDecimal("100.00"), new BigDecimal("101.50"));
        assertThat(apple.symbols()).containsOnly(AAPL);
    }

    @Test
    void aSubscriber_receivesNothingOfAnotherSymbol() {
        Prices apple = new Prices();
        Prices cisco = new Prices();
        stream.subscribe(AAPL, apple);
        stream.subscribe(CSCO, cisco);

        move(CSCO, "50.00");
        eventually(() -> cisco.seen().size() == 1, "the CSCO update");
        settle();

        assertThat(apple.seen()).isEmpty();
    }

    @Test
    void twoSubscribersOfOneSymbol_bothReceiveItsUpdates() {
        Prices first = new Prices();
        Prices second = new Prices();
        stream.subscribe(AAPL, first);
        stream.subscribe(AAPL, second);

        move(AAPL, "100.00");

        eventually(() -> first.seen().size() == 1 && second.seen().size() == 1, "the update for both");
    }

    @Test
    void aCancelledSubscription_receivesNothingMore_andTheOthersGoOn() {
        Prices cancelled = new Prices();
        Prices kept = new Prices();
        QuoteStream.Subscription subscription = stream.subscribe(AAPL, cancelled);
        stream.subscribe(AAPL, kept);
        move(AAPL, "100.00");
        eventually(() -> cancelled.seen().size() == 1 && kept.seen().size() == 1, "the first update");

        subscription.cancel();
        move(AAPL, "101.00");
        eventually(() -> kept.seen().size() == 2, "the update for the remaining subscriber");
        settle();

        assertThat(cancelled.seen()).containsExactly(new BigDecimal("100.00"));
    }

    @Test
    void cancellingTwice_isHarmless() {
        Prices kept = new Prices();
        QuoteStream.Subscription subscription = stream.subscribe(AAPL, new Prices());
        stream.subscribe(AAPL, kept);

        subscription.cancel();
        subscription.cancel();
        move(AAPL, "100.00");

        eventually(() -> kept.seen().size() == 1, "the update for the remaining subscriber");
    }

    @Test
    void aSubscriberThatThrows_doesNotStopTheOthers_norItsOwnLaterUpdates() {
        List<BigDecimal> thrower = new CopyOnWriteArrayList<>();
        Prices healthy = new Prices();
        stream.subscribe(AAPL, update -> {
            thrower.add(update.quote().price());
            throw new IllegalStateException("subscriber broke");
        });
        stream.subscribe(AAPL, healthy);

        move(AAPL, "100.00");
        eventually(() -> healthy.seen().size() == 1, "the update for the healthy subscriber");
        move(AAPL, "101.00");
        eventually(() -> healthy.seen().size() == 2 && thrower.size() == 2, "the next update for both");
    }

    @Test
    void updatesAreNumberedPerSymbol_fromOne_theSameForEverySubscriber() {
        Prices first = new Prices();
        Prices second = new Prices();
        Prices cisco = new Prices();
        stream.subscribe(AAPL, first);
        stream.subscribe(AAPL, second);
        stream.subscribe(CSCO, cisco);

        move(AAPL, "100.00");
        eventually(() -> first.seen().size() == 1 && second.seen().size() == 1, "the first update");
        move(AAPL, "101.00");
        move(CSCO, "50.00");
        eventually(() -> first.seen().size() == 2 && second.seen().size() == 2 && cisco.seen().size() == 1,
                "the second update and CSCO's first");

        assertThat(first.seqs()).containsExactly(1L, 2L);
        assertThat(second.seqs()).containsExactly(1L, 2L);
        assertThat(cisco.seqs()).containsExactly(1L);
    }

    @Test
    void theSequence_goesOnAfterEverySubscriberLeft() {
        Prices before = new Prices();
        QuoteStream.Subscription subscription = stream.subscribe(AAPL, before);
        move(AAPL, "100.00");
        eventually(() -> before.seen().size() == 1, "the first update");
        subscription.cancel();

        Prices after = new Prices();
        stream.subscribe(AAPL, after);
        move(AAPL, "102.00");
        eventually(() -> after.seen().contains(new BigDecimal("102.00")), "the update after resubscribing");

        assertThat(after.seqs().get(after.seqs().size() - 1)).isGreaterThan(1L);
    }

    @Test
    void last_isTheLatestDeliveredUpdate_andEmptyBeforeAny() {
        assertThat(stream.last(AAPL)).isEmpty();
        Prices apple = new Prices();
        stream.subscribe(AAPL, apple);

        move(AAPL, "100.00");
        eventually(() -> apple.seen().size() == 1, "the first update");
        move(AAPL, "101.00");
        eventually(() -> apple.seen().size() == 2, "the second update");

        assertThat(stream.last(AAPL)).hasValueSatisfying(update -> {
            assertThat(update.seq()).isEqualTo(2L);
            assertThat(update.quote().price()).isEqualByComparingTo("101.00");
        });
        assertThat(stream.last(CSCO)).isEmpty();
    }

    @Test
    void subscribingWithoutASymbolOrAConsumer_isRefused() {
        assertThatThrownBy(() -> stream.subscribe(null, new Prices())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> stream.subscribe(AAPL, null)).isInstanceOf(NullPointerException.class);
    }

    private void eventually(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The stream never delivered " + what);
            }
            settle();
        }
    }

    /** A subscriber that records the updates it is given. */
    protected static final class Prices implements Consumer<StreamQuote> {
        private final List<StreamQuote> updates = new CopyOnWriteArrayList<>();
        private final List<Quote> quotes = new CopyOnWriteArrayList<>();

        @Override
        public void accept(StreamQuote update) {
            updates.add(update);
            quotes.add(update.quote());
        }

        List<Long> seqs() {
            return updates.stream().map(StreamQuote::seq).toList();
        }

        List<BigDecimal> seen() {
            return quotes.stream().map(Quote::price).toList();
        }

        List<Symbol> symbols() {
            return quotes.stream().map(Quote::symbol).toList();
        }
    }
}
