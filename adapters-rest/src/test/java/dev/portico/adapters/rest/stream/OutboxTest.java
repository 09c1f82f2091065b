package dev.portico.adapters.rest.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The outbox without a socket: the sender records what it is given, the test completes the writes. */
class OutboxTest {

    private final List<String> sent = new ArrayList<>();
    private final Outbox outbox = new Outbox(3, sent::add);
    private final List<String> quotes = new ArrayList<>();
    private int drains;

    private Supplier<List<String>> quoteSource() {
        return () -> {
            drains++;
            List<String> taken = List.copyOf(quotes);
            quotes.clear();
            return taken;
        };
    }

    @Test
    void aReplyIsSentAtOnce_whenNoWriteIsInFlight() {
        assertThat(outbox.offer("welcome")).isEqualTo(Outbox.Offer.QUEUED);

        assertThat(sent).containsExactly("welcome");
    }

    @Test
    void onlyOneWriteIsInFlight_theNextGoesWhenTheFirstIsWritten() {
        outbox.offer("a");
        outbox.offer("b");
        outbox.offer("c");

        assertThat(sent).containsExactly("a");
        outbox.written();
        assertThat(sent).containsExactly("a", "b");
        outbox.written();
        outbox.written();
        assertThat(sent).containsExactly("a", "b", "c");
        assertThat(outbox.waiting()).isZero();
    }

    @Test
    void pastItsBound_theOutboxIsFull_andKeepsWhatItHolds() {
        outbox.offer("in flight");
        outbox.offer("1");
        outbox.offer("2");
        outbox.offer("3");

        assertThat(outbox.offer("4")).isEqualTo(Outbox.Offer.FULL);
        assertThat(outbox.waiting()).isEqualTo(3);
        outbox.written();
        outbox.written();
        outbox.written();
        assertThat(sent).containsExactly("in flight", "1", "2", "3");
    }

    @Test
    void quotesAreDrainedOnlyWhenNoReplyWaits_andGoInTheOrderTheConnectionGives() {
        outbox.drainFrom(quoteSource());
        outbox.offer("ack");
        outbox.offer("pong");
        quotes.addAll(List.of("q1", "q2"));
        outbox.quotesPending();

        assertThat(drains).isZero();
        outbox.written();
        assertThat(drains).isZero();
        outbox.written();
        assertThat(drains).isEqualTo(1);
        outbox.written();
        outbox.written();
        assertThat(sent).containsExactly("ack", "pong", "q1", "q2");
    }

    @Test
    void quotesWaitingWhileAWriteIsInFlight_areDrainedOnceWhenItCompletes() {
        outbox.drainFrom(quoteSource());
        outbox.offer("ack");
        outbox.quotesPending();
        outbox.quotesPending();

        outbox.written();

        assertThat(drains).isEqualTo(1);
    }

    @Test
    void heldQuotes_waitUntilReleased_soAnAckGoesFirst() {
        outbox.drainFrom(quoteSource());
        outbox.hold();
        quotes.add("snapshot");
        outbox.quotesPending();
        assertThat(sent).isEmpty();

        outbox.offer("subscribed");
        outbox.written();
        assertThat(sent).containsExactly("subscribed");

        outbox.release();
        assertThat(sent).containsExactly("subscribed", "snapshot");
    }

    @Test
    void beforeASourceIsAttached_aNudgeIsRemembered_andDrainedOnTheNextPump() {
        outbox.quotesPending();
        assertThat(sent).isEmpty();

        quotes.add("q");
        outbox.drainFrom(quoteSource());
        outbox.offer("welcome");
        outbox.written();

        assertThat(sent).containsExactly("welcome", "q");
    }

    @Test
    void aClosedOutbox_dropsWhatWaits_andSendsNothingMore() {
        outbox.drainFrom(quoteSource());
        outbox.offer("in flight");
        outbox.offer("waiting");

        outbox.close();

        assertThat(outbox.offer("late")).isEqualTo(Outbox.Offer.CLOSED);
        quotes.add("q");
        outbox.quotesPending();
        outbox.written();
        assertThat(sent).containsExactly("in flight");
        assertThat(outbox.waiting()).isZero();
    }

    @Test
    void aFailedWrite_stopsTheOutbox() {
        outbox.offer("a");
        outbox.offer("b");

        outbox.failed();

        assertThat(outbox.offer("c")).isEqualTo(Outbox.Offer.CLOSED);
        assertThat(sent).containsExactly("a");
    }
}
