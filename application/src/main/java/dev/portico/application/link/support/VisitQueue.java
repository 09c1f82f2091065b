package dev.portico.application.link.support;

import dev.portico.application.link.port.VisitLog;
import dev.portico.domain.error.StoreUnavailable;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.Visit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Visits on their way to the log. A redirect only offers its visit, which never blocks and takes no
 * lock (a lock-free queue with a separate bound): when the queue is full the visit is dropped and
 * counted. A scheduled flush writes what is queued in batches, each in one transaction, and a clean
 * shutdown flushes the rest. While the store is unreachable, batches are held and written when it
 * returns; the capacity bounds the held visits too, so an outage that lasts drops visits, counted.
 */
public final class VisitQueue {

    private final VisitLog log;
    private final Queue<Visit> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final int capacity;
    private final int batchSize;
    private final LongAdder dropped = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder written = new LongAdder();
    /** Batches the store could not take while unreachable, oldest first; touched under the flush lock. */
    private final Deque<List<Visit>> held = new ArrayDeque<>();
    private int heldVisits;

    public VisitQueue(VisitLog log, int capacity, int batchSize) {
        if (capacity < 1 || batchSize < 1) {
            throw new IllegalArgumentException("A visit queue needs a capacity and a batch size of at least 1");
        }
        this.log = log;
        this.capacity = capacity;
        this.batchSize = batchSize;
    }

    /** Queues the visit, or drops and counts it when the queue is full. */
    public boolean offer(Visit visit) {
        if (size.incrementAndGet() > capacity) {
            size.decrementAndGet();
            dropped.increment();
            return false;
        }
        queue.add(visit);
        return true;
    }

    /**
     * Writes everything queued when the call starts, in batches, the batches held back by an earlier
     * flush first. A batch the store could not take because it is unreachable
     * ({@link StoreUnavailable}) is held, still counting against the capacity, and the flush stops
     * there: the next one starts with it. A batch refused for any other reason is dropped and counted
     * as failed, and the exception is passed on after the rest were tried.
     */
    public synchronized int flush() {
        int total = writeHeld();
        RuntimeException firstFailure = null;
        int pending = size.get() - heldVisits;
        while (pending > 0) {
            List<Visit> batch = drain(Math.min(batchSize, pending));
            if (batch.isEmpty()) {
                break;
            }
            pending -= batch.size();
            try {
                log.append(batch);
                wrote(batch);
                total += batch.size();
            } catch (StoreUnavailable unreachable) {
                held.addLast(batch);
                heldVisits += batch.size();
                failed.add(batch.size());
                throw unreachable;
            } catch (RuntimeException refused) {
                size.addAndGet(-batch.size());
                failed.add(batch.size());
                firstFailure = firstFailure == null ? refused : firstFailure;
            }
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
        return total;
    }

    private int writeHeld() {
        int total = 0;
        while (!held.isEmpty()) {
            List<Visit> batch = held.peekFirst();
            try {
                log.append(batch);
            } catch (StoreUnavailable stillUnreachable) {
                failed.add(batch.size());
                throw stillUnreachable;
            }
            held.removeFirst();
            heldVisits -= batch.size();
            wrote(batch);
            total += batch.size();
        }
        return total;
    }

    private void wrote(List<Visit> batch) {
        size.addAndGet(-batch.size());
        written.add(batch.size());
    }

    private List<Visit> drain(int max) {
        List<Visit> batch = new ArrayList<>(max);
        Visit visit;
        while (batch.size() < max && (visit = queue.poll()) != null) {
            batch.add(visit);
        }
        return batch;
    }

    /** The link's visits in the log plus those still queued, read so that no flush runs in between. */
    public synchronized long recordedOrQueued(LinkId link) {
        long queued = queue.stream().filter(visit -> visit.link().equals(link)).count();
        long heldBack = held.stream().flatMap(List::stream).filter(visit -> visit.link().equals(link)).count();
        return log.countFor(link) + queued + heldBack;
    }

    /** Visits waiting, the held ones included. */
    public int queued() {
        return size.get();
    }

    /** Visits of batches held back because the store was unreachable, waiting for it to return. */
    public synchronized int held() {
        return heldVisits;
    }

    public long dropped() {
        return dropped.sum();
    }

    /** Visits in writes the log refused; a held batch counts again each time the store refuses it. */
    public long failed() {
        return failed.sum();
    }

    public long written() {
        return written.sum();
    }
}
