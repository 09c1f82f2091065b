package dev.portico.adapters.rest.stream;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What one connection sends, one write at a time. Replies (acks, pongs, errors) queue here, up to a
 * bound; quotes do not: while a write is in flight they wait in the hub's connection, where only the
 * latest per symbol is kept, and are drained only when no reply waits. The sender is called outside
 * the lock, and at most once until {@link #written()} or {@link #failed()} reports the write done.
 */
final class Outbox {

    /** What {@link #offer} did with a reply. */
    enum Offer { QUEUED, FULL, CLOSED }

    private final int capacity;
    private final Consumer<String> sender;

    // Guarded by this; the sender is never called while holding it.
    private final ArrayDeque<String> replies = new ArrayDeque<>();
    private Supplier<List<String>> quotes;
    private boolean writing;
    private boolean quotesWaiting;
    private boolean held;
    private boolean closed;

    Outbox(int capacity, Consumer<String> sender) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity is at least 1");
        }
        this.capacity = capacity;
        this.sender = Objects.requireNonNull(sender, "sender");
    }

    /** Where waiting quotes come from, formatted, once the connection exists. */
    synchronized void drainFrom(Supplier<List<String>> source) {
        quotes = source;
    }

    /** Queues a reply and sends what it can; a full outbox takes nothing more, a closed one ignores it. */
    Offer offer(String reply) {
        synchronized (this) {
            if (closed) {
                return Offer.CLOSED;
            }
            if (replies.size() >= capacity) {
                return Offer.FULL;
            }
            replies.add(reply);
        }
        pump();
        return Offer.QUEUED;
    }

    /** The hub's nudge: quotes wait in the connection. */
    void quotesPending() {
        synchronized (this) {
            quotesWaiting = true;
        }
        pump();
    }

    /** Keeps quotes back (while a client message is handled, so its ack goes before the quotes it causes). */
    synchronized void hold() {
        held = true;
    }

    /** Lets quotes go again, and sends what waits. */
    void release() {
        synchronized (this) {
            held = false;
        }
        pump();
    }

    /** The write in flight is done: send the next. */
    void written() {
        synchronized (this) {
            writing = false;
        }
        pump();
    }

    /** The write in flight failed: nothing more is sent until the owner closes. */
    synchronized void failed() {
        writing = false;
        closed = true;
        replies.clear();
    }

    /** Drops what waits; nothing is sent any more. */
    synchronized void close() {
        closed = true;
        replies.clear();
    }

    /** Replies waiting, for tests and the owner's logs. */
    synchronized int waiting() {
        return replies.size();
    }

    /** Sends the next reply, or else the waiting quotes, unless a write is in flight. */
    void pump() {
        String next;
        synchronized (this) {
            if (writing || closed) {
                return;
            }
            next = replies.poll();
            if (next == null && quotesWaiting && !held && quotes != null) {
                quotesWaiting = false;
                replies.addAll(quotes.get());
                next = replies.poll();
            }
            if (next == null) {
                return;
            }
            writing = true;
        }
        sender.accept(next);
    }
}
