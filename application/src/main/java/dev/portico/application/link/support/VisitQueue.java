package dev.portico.application.link.support;

import dev.portico.application.link.port.VisitLog;
import dev.portico.application.link.support.VisitQueue;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.Visit;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Visits on their way to the log. A redirect only offers its visit, which never blocks and takes no
 * lock (a lock-free queue with a separate bound): when the queue is full the visit is dropped and
 * counted. A scheduled flush writes what is queued in batches, each in one transaction, and a clean
 * shutdown flushes the rest.
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
     * Writes everything queued when the call starts, in batches. A batch the log refuses is counted as
     * failed and the exception is passed on after the rest were tried.
     */
    public synchronized int flush() {
        int total = 0;
        RuntimeException firstFailure = null;
        List<Visit> batch = new ArrayList<>(batchSize);
        int pending = size.get();
        while (pending > 0 && drain(batch, Math.min(batchSize, pending)) > 0) {
            pending -= batch.size();
            try {
                log.append(batch);
                written.add(batch.size());
                total += batch.size();
            } catch (RuntimeException refused) {
                failed.add(batch.size());
                firstFailure = firstFailure == null ? refused : firstFailure;
            }
            batch.clear();
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
        return total;
    }

    private int drain(List<Visit> batch, int max) {
        Visit visit;
        while (batch.size() < max && (visit = queue.poll()) != null) {
            batch.add(visit);
            size.decrementAndGet();
        }
        return batch.size();
    }

    /** The link's visits in the log plus those still queued, read so that no flush runs in between. */
    public synchronized long recordedOrQueued(LinkId link) {
        long queued = queue.stream().filter(visit -> visit.link().equals(link)).count();
        return log.countFor(link) + queued;
    }

    public int queued() {
        return size.get();
    }

    public long dropped() {
        return dropped.sum();
    }

    public long failed() {
        return failed.sum();
    }

    public long written() {
        return written.sum();
    }
}
