package dev.portico.application.cluster.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.portico.application.cluster.port.ClusterEvent.LinkDeleted;
import dev.portico.application.cluster.port.ClusterEvent.LinkWritten;
import dev.portico.application.cluster.port.ClusterEvent.TokensRefused;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.ShortCode;
import dev.portico.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link ClusterEvents} bus must show. Each implementation's test extends this and
 * supplies a bus of its own per test. A bus may deliver on another thread, so the tests wait for
 * events to arrive (up to {@link #PATIENCE}), never for a fixed time.
 */
public abstract class ClusterEventsContract<T extends ClusterEvents> {

    protected static final Duration PATIENCE = Duration.ofSeconds(10);

    protected T events;

    /** A bus on which nothing was published yet, with no listener. */
    protected abstract T newClusterEvents();

    /** Releases what the bus holds; nothing by default. */
    protected void close(T closing) {
    }

    @BeforeEach
    void openBus() {
        events = newClusterEvents();
    }

    @AfterEach
    void closeBus() {
        close(events);
    }

    @Test
    void eachKindOfEvent_reachesASubscribedListener_equalToWhatWasPublished() throws InterruptedException {
        Recorder listener = new Recorder();
        events.subscribe(listener);
        List<ClusterEvent> published = List.of(
                new LinkWritten(ShortCode.custom("launch-2025")),
                new LinkDeleted(new LinkId(9_007_199_254_740_993L)),
                new TokensRefused(new UserId(42), Instant.parse("2025-03-03T10:15:30.123456789Z")));

        published.forEach(events::publish);

        assertThat(listener.next(3)).containsExactlyElementsOf(published);
        assertThat(listener.missedNotices()).isZero();
    }

    @Test
    void everySubscribedListener_receivesEachEvent() throws InterruptedException {
        Recorder first = new Recorder();
        Recorder second = new Recorder();
        events.subscribe(first);
        events.subscribe(second);
        ClusterEvent deleted = new LinkDeleted(new LinkId(7));

        events.publish(deleted);

        assertThat(first.next(1)).containsExactly(deleted);
        assertThat(second.next(1)).containsExactly(deleted);
    }

    @Test
    void theEventsOfOnePublisher_arriveInTheOrderPublished() throws InterruptedException {
        Recorder listener = new Recorder();
        events.subscribe(listener);
        List<ClusterEvent> published = IntStream.rangeClosed(1, 100)
                .<ClusterEvent>mapToObj(i -> new LinkDeleted(new LinkId(i)))
                .toList();

        published.forEach(events::publish);

        assertThat(listener.next(100)).containsExactlyElementsOf(published);
    }

    @Test
    void aListenerSubscribedAfterAnEventWasDelivered_receivesOnlyTheEventsAfterIt() throws InterruptedException {
        Recorder early = new Recorder();
        events.subscribe(early);
        ClusterEvent before = new LinkWritten(ShortCode.custom("before"));
        ClusterEvent after = new LinkWritten(ShortCode.custom("after"));
        events.publish(before);
        assertThat(early.next(1)).containsExactly(before);

        Recorder late = new Recorder();
        events.subscribe(late);
        events.publish(after);

        assertThat(late.next(1)).containsExactly(after);
        assertThat(early.next(1)).containsExactly(after);
    }

    @Test
    void aListenerThatFails_keepsTheEventFromNeitherTheOtherListenersNorItsOwnNextEvents() throws InterruptedException {
        Recorder failing = new Recorder() {
            @Override
            public void on(ClusterEvent event) {
                super.on(event);
                throw new IllegalStateException("a listener with a bug");
            }
        };
        Recorder healthy = new Recorder();
        events.subscribe(failing);
        events.subscribe(healthy);
        ClusterEvent first = new LinkDeleted(new LinkId(1));
        ClusterEvent second = new LinkDeleted(new LinkId(2));

        events.publish(first);
        events.publish(second);

        assertThat(healthy.next(2)).containsExactly(first, second);
        assertThat(failing.next(2)).containsExactly(first, second);
    }

    @Test
    void publishing_withNoListener_succeeds() {
        assertThatCode(() -> events.publish(new LinkDeleted(new LinkId(3)))).doesNotThrowAnyException();
    }

    /** A listener that keeps what it is given, for a test to wait on. */
    public static class Recorder implements ClusterEvents.Listener {

        private final BlockingQueue<ClusterEvent> received = new LinkedBlockingQueue<>();
        private final AtomicInteger missed = new AtomicInteger();

        @Override
        public void on(ClusterEvent event) {
            received.add(event);
        }

        @Override
        public void mayHaveMissedEvents() {
            missed.incrementAndGet();
        }

        /** The next {@code count} events, waiting up to {@link #PATIENCE} in all; fewer if they don't come. */
        public List<ClusterEvent> next(int count) throws InterruptedException {
            List<ClusterEvent> taken = new ArrayList<>();
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (taken.size() < count) {
                ClusterEvent event = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (event == null) {
                    break;
                }
                taken.add(event);
            }
            return taken;
        }

        /** Events received and not yet taken by {@link #next}. */
        public List<ClusterEvent> pending() {
            return List.copyOf(received);
        }

        public int missedNotices() {
            return missed.get();
        }
    }
}
