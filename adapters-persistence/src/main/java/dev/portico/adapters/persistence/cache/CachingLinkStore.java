package dev.portico.adapters.persistence.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.portico.application.cluster.port.ClusterEvent;
import dev.portico.application.cluster.port.ClusterEvents;
import dev.portico.application.link.port.IdempotencyKeys.IdempotencyClaim;
import dev.portico.application.link.port.LinkLookup;
import dev.portico.application.link.port.LinkWriter;
import dev.portico.domain.link.Link;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.NewLink;
import dev.portico.domain.link.ShortCode;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongSupplier;

/**
 * The redirect cache: a {@link LinkLookup} that remembers what {@link #findByCode} found, links by
 * code, up to a maximum number, and unknown codes for a short while, so that a scan of random codes
 * reaches the delegate once per code and while rather than once per request. It is also the
 * {@link LinkWriter} to write links through: writes go to the delegate, then drop the entries they may
 * have made stale, so a link inserted, changed or deleted through this store is seen as such at once.
 *
 * <p>Writes made by other instances reach it as cluster events: each drops what it made stale, and
 * when events may have been missed everything is dropped. With {@code unknownFor} zero, unknown codes
 * are not remembered at all, so a code created on another instance resolves here at once.
 *
 * <p>A cached link's {@code visits} is the count when it was loaded: {@code VisitLog.append} adds
 * visits past this store. Callers that need a fresh count ask {@code VisitLog.countFor}.
 */
public final class CachingLinkStore implements LinkLookup, LinkWriter, ClusterEvents.Listener {

    private final LinkLookup lookup;
    private final LinkWriter writer;
    private final Cache<ShortCode, Link> known;
    private final Cache<ShortCode, Boolean> unknown;
    private final boolean remembersUnknown;
    /*
     * A load holds the read lock from asking the delegate until its answer is cached; dropping entries
     * takes the write lock. So a load that read a link before a write committed has cached it before
     * the write drops it, and a load that starts later reads what the write left.
     */
    private final ReadWriteLock loading = new ReentrantReadWriteLock();

    /** Keeps links until a write drops them; uses the system's monotonic clock. */
    public <S extends LinkLookup & LinkWriter> CachingLinkStore(S delegate, long maximumLinks, long maximumUnknownCodes,
            Duration unknownFor) {
        this(delegate, maximumLinks, Duration.ZERO, maximumUnknownCodes, unknownFor, System::nanoTime);
    }

    /** Keeps links until a write drops them. */
    public <S extends LinkLookup & LinkWriter> CachingLinkStore(S delegate, long maximumLinks, long maximumUnknownCodes,
            Duration unknownFor, LongSupplier nanoTime) {
        this(delegate, maximumLinks, Duration.ZERO, maximumUnknownCodes, unknownFor, nanoTime);
    }

    /**
     * Keeps each link for {@code knownFor} at most (zero: until a write drops it), and unknown codes for
     * {@code unknownFor} (zero: not at all), timed by {@code nanoTime}: nanoseconds from any fixed origin.
     */
    public <S extends LinkLookup & LinkWriter> CachingLinkStore(S delegate, long maximumLinks, Duration knownFor,
            long maximumUnknownCodes, Duration unknownFor, LongSupplier nanoTime) {
        this.lookup = delegate;
        this.writer = delegate;
        Caffeine<Object, Object> links = Caffeine.newBuilder().maximumSize(maximumLinks).ticker(nanoTime::getAsLong);
        this.known = knownFor.isZero() ? links.build() : links.expireAfterWrite(knownFor).build();
        this.remembersUnknown = !unknownFor.isZero();
        this.unknown = Caffeine.newBuilder()
                .maximumSize(maximumUnknownCodes)
                .expireAfterWrite(unknownFor)
                .ticker(nanoTime::getAsLong)
                .build();
    }

    @Override
    public Optional<Link> findByCode(ShortCode code) {
        Link cached = known.getIfPresent(code);
        if (cached != null) {
            return Optional.of(cached);
        }
        if (unknown.getIfPresent(code) != null) {
            return Optional.empty();
        }
        Lock lock = loading.readLock();
        lock.lock();
        try {
            return Optional.ofNullable(known.get(code, this::load));
        } finally {
            lock.unlock();
        }
    }

    private Link load(ShortCode code) {
        Optional<Link> found = lookup.findByCode(code);
        if (found.isEmpty() && remembersUnknown) {
            unknown.put(code, Boolean.TRUE);
        }
        return found.orElse(null);
    }

    @Override
    public InsertOutcome insert(NewLink link, Optional<IdempotencyClaim> claim) {
        InsertOutcome outcome = writer.insert(link, claim);
        forget(link.code());
        return outcome;
    }

    @Override
    public Optional<Link> update(Link changed, long expectedVersion) {
        Optional<Link> updated = writer.update(changed, expectedVersion);
        forget(changed.code());
        return updated;
    }

    @Override
    public boolean delete(LinkId id) {
        boolean deleted = writer.delete(id);
        forget(id);
        return deleted;
    }

    @Override
    public void on(ClusterEvent event) {
        if (event instanceof ClusterEvent.LinkWritten written) {
            forget(written.code());
        } else if (event instanceof ClusterEvent.LinkDeleted deleted) {
            forget(deleted.id());
        }
    }

    @Override
    public void mayHaveMissedEvents() {
        withoutLoads(() -> {
            known.invalidateAll();
            unknown.invalidateAll();
        });
    }

    /** Looks through every cached link for the deleted one: deletes are rare next to lookups. */
    private void forget(LinkId id) {
        withoutLoads(() -> known.asMap().values().removeIf(link -> link.id().equals(id)));
    }

    private void forget(ShortCode code) {
        withoutLoads(() -> {
            known.invalidate(code);
            unknown.invalidate(code);
        });
    }

    private void withoutLoads(Runnable dropEntries) {
        Lock lock = loading.writeLock();
        lock.lock();
        try {
            dropEntries.run();
        } finally {
            lock.unlock();
        }
    }
}
