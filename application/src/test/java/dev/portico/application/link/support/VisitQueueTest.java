package dev.portico.application.link.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.link.support.VisitQueue;
import dev.portico.application.support.FakeLinkStore;
import dev.portico.application.support.FakeVisitLog;
import dev.portico.domain.error.StoreUnavailable;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.NewLink;
import dev.portico.domain.link.RedirectStatus;
import dev.portico.domain.link.ShortCode;
import dev.portico.domain.link.TargetUrl;
import dev.portico.domain.link.Visit;
import dev.portico.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VisitQueueTest {

    private static final Instant AT = Instant.parse("2026-03-02T14:30:00Z");
    /** A link no store holds: the log keeps its batches as appended, which is all most tests read. */
    private static final LinkId ONE = new LinkId(1);

    private final FakeLinkStore links = new FakeLinkStore();
    private final FakeVisitLog log = new FakeVisitLog(links);

    /** A link in the store the log counts into, for tests that read the log's counts. */
    private LinkId storedLink(String code) {
        return links.add(new NewLink(new ShortCode(code), new UserId(1), new TargetUrl("https://example.com/" + code),
                AT, null, null, RedirectStatus.FOUND)).id();
    }

    private static Visit visit(LinkId link, int n) {
        return new Visit(link, AT, null, "agent-" + n);
    }

    private static List<Visit> visits(LinkId link, int count) {
        return IntStream.range(0, count).mapToObj(n -> visit(link, n)).toList();
    }

    @Test
    void flush_writesTheQueuedVisitsInBatchesInOrder() {
        VisitQueue queue = new VisitQueue(log, 100, 3);
        List<Visit> offered = visits(ONE, 7);
        offered.forEach(queue::offer);

        int written = queue.flush();

        assertThat(written).isEqualTo(7);
        assertThat(log.batches()).extracting(List::size).containsExactly(3, 3, 1);
        assertThat(log.visits()).containsExactlyElementsOf(offered);
        assertThat(queue.queued()).isZero();
        assertThat(queue.written()).isEqualTo(7);
    }

    @Test
    void givenNothingQueued_flush_writesNothing() {
        VisitQueue queue = new VisitQueue(log, 100, 3);

        assertThat(queue.flush()).isZero();
        assertThat(log.batches()).isEmpty();
    }

    @Test
    void givenAnExactMultipleOfTheBatchSize_flush_writesNoEmptyBatch() {
        VisitQueue queue = new VisitQueue(log, 100, 3);
        visits(ONE, 6).forEach(queue::offer);

        queue.flush();

        assertThat(log.batches()).extracting(List::size).containsExactly(3, 3);
    }

    @Test
    void givenAFullQueue_offer_dropsAndCountsTheVisit() {
        VisitQueue queue = new VisitQueue(log, 3, 2);

        List<Boolean> accepted = visits(ONE, 5).stream().map(queue::offer).toList();

        assertThat(accepted).containsExactly(true, true, true, false, false);
        assertThat(queue.queued()).isEqualTo(3);
        assertThat(queue.dropped()).isEqualTo(2);
        queue.flush();
        assertThat(log.visits()).containsExactlyElementsOf(visits(ONE, 3));
        assertThat(queue.offer(visit(ONE, 9))).isTrue();
    }

    @Test
    void givenARefusedBatch_flush_triesTheOthersThenPassesTheFailureOn() {
        VisitQueue queue = new VisitQueue(log, 100, 2);
        List<Visit> offered = visits(ONE, 5);
        offered.forEach(queue::offer);
        IllegalStateException refusal = new IllegalStateException("database down");
        log.refuseNextAppend(refusal);

        assertThatThrownBy(queue::flush).isSameAs(refusal);

        assertThat(queue.failed()).isEqualTo(2);
        assertThat(queue.written()).isEqualTo(3);
        assertThat(log.visits()).containsExactlyElementsOf(offered.subList(2, 5));
        assertThat(queue.queued()).isZero();
        assertThat(queue.flush()).isZero();
    }

    @Test
    void givenAnUnreachableStore_flush_holdsTheBatchAndStops_andTheNextFlushWritesItFirst() {
        VisitQueue queue = new VisitQueue(log, 100, 2);
        List<Visit> offered = visits(ONE, 5);
        offered.forEach(queue::offer);
        StoreUnavailable down = new StoreUnavailable(StoreUnavailable.Store.DATABASE, Duration.ofSeconds(2));
        log.refuseNextAppend(down);

        assertThatThrownBy(queue::flush).isSameAs(down);
        assertThat(log.visits()).isEmpty();
        assertThat(queue.held()).isEqualTo(2);
        assertThat(queue.queued()).isEqualTo(5);

        assertThat(queue.flush()).isEqualTo(5);
        assertThat(log.visits()).containsExactlyElementsOf(offered);
        assertThat(queue.held()).isZero();
        assertThat(queue.queued()).isZero();
        assertThat(queue.written()).isEqualTo(5);
    }

    @Test
    void givenAStoreThatStaysUnreachable_heldVisitsCountAgainstTheCapacity_andNewOnesAreDroppedAndCounted() {
        VisitQueue queue = new VisitQueue(log, 4, 2);
        visits(ONE, 4).forEach(queue::offer);
        log.refuseNextAppend(new StoreUnavailable(StoreUnavailable.Store.DATABASE, Duration.ofSeconds(2)));
        assertThatThrownBy(queue::flush).isInstanceOf(StoreUnavailable.class);

        assertThat(queue.offer(visit(ONE, 7))).isFalse();
        assertThat(queue.dropped()).isEqualTo(1);
        assertThat(queue.recordedOrQueued(ONE)).isEqualTo(4);
    }

    @Test
    void recordedOrQueued_addsTheLoggedAndTheQueuedVisitsOfThatLink() {
        LinkId one = storedLink("one");
        LinkId two = storedLink("two");
        VisitQueue queue = new VisitQueue(log, 100, 10);
        visits(one, 4).forEach(queue::offer);
        visits(two, 2).forEach(queue::offer);
        queue.flush();
        visits(one, 3).forEach(queue::offer);
        queue.offer(visit(two, 9));

        assertThat(queue.recordedOrQueued(one)).isEqualTo(7);
        assertThat(queue.recordedOrQueued(two)).isEqualTo(3);
        assertThat(queue.recordedOrQueued(new LinkId(999))).isZero();
    }

    @Test
    void givenZeroCapacityOrBatchSize_theQueue_isRefused() {
        assertThatThrownBy(() -> new VisitQueue(log, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VisitQueue(log, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenConcurrentOffers_flush_writesEveryOneOfThem() throws Exception {
        VisitQueue queue = new VisitQueue(log, 100_000, 1_000);
        int threads = 8;
        int perThread = 10_000;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> offers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<Visit> mine = visits(new LinkId(t + 1), perThread);
                offers.add(pool.submit(() -> {
                    start.await();
                    for (Visit visit : mine) {
                        queue.offer(visit);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> offer : offers) {
                offer.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        int written = queue.flush();

        assertThat(written).isEqualTo(80_000);
        assertThat(queue.dropped()).isZero();
        assertThat(queue.queued()).isZero();
        assertThat(log.batches()).hasSize(80).allSatisfy(batch -> assertThat(batch).hasSize(1_000));
        int[] next = new int[threads + 1];
        List<Visit> outOfOrder = new ArrayList<>();
        for (Visit visit : log.visits()) {
            int link = (int) visit.link().value();
            if (!visit.userAgent().equals("agent-" + next[link]++)) {
                outOfOrder.add(visit);
            }
        }
        assertThat(outOfOrder).as("each thread's visits in the order offered").isEmpty();
        assertThat(Arrays.copyOfRange(next, 1, threads + 1)).containsOnly(perThread);
    }
}
