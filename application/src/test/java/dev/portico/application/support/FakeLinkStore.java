package dev.portico.application.support;

import dev.portico.application.link.port.LinkStore;
import dev.portico.domain.link.Link;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.NewLink;
import dev.portico.domain.link.ShortCode;
import dev.portico.domain.link.Visit;
import dev.portico.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Links and idempotency keys in maps, ids handed out from 1. Every method is synchronized, so each is
 * one step, as a transaction is. Like the real stores, an insert checks the code before the key, and
 * an owner's key older than {@link #IDEMPOTENCY_WINDOW} before the claim does not count. Tests can
 * make the next inserts report a taken code, run something just before the next insert or update (a
 * racing request), and read how often each method was called. It also keeps the visits a
 * {@link FakeVisitLog} records into it, and deleting a link takes them with it, as the real stores do.
 */
public final class FakeLinkStore implements LinkStore {

    private record OwnersKey(UserId owner, String key) {
    }

    private record StoredKey(String requestHash, LinkId link, Instant createdAt) {
    }

    /** A link's visit count and a copy of some of its visits, read in one step. */
    record Recorded(long count, List<Visit> visits) {
    }

    private final NavigableMap<Long, Link> byId = new TreeMap<>();
    private final Map<ShortCode, LinkId> idByCode = new HashMap<>();
    private final Map<OwnersKey, StoredKey> keys = new HashMap<>();
    private final Map<LinkId, List<Visit>> visits = new HashMap<>();
    private final List<NewLink> insertAttempts = new ArrayList<>();
    private long lastId;
    private int collisionsToReport;
    private Runnable beforeNextInsert;
    private Runnable beforeNextUpdate;
    private int updateCalls;
    private int deleteCalls;
    private Instant lastKeyCutoff;

    @Override
    public InsertOutcome insert(NewLink link, Optional<IdempotencyClaim> claim) {
        runOnce(takeBeforeNextInsert());
        synchronized (this) {
            insertAttempts.add(link);
            if (collisionsToReport > 0) {
                collisionsToReport--;
                return new CodeTaken();
            }
            if (idByCode.containsKey(link.code())) {
                return new CodeTaken();
            }
            if (claim.isPresent()) {
                StoredKey stored = keys.get(new OwnersKey(link.owner(), claim.get().key()));
                Instant oldestValid = claim.get().createdAt().minus(IDEMPOTENCY_WINDOW);
                if (stored != null && !stored.createdAt().isBefore(oldestValid)) {
                    return new KeyTaken();
                }
            }
            Link created = link.withId(new LinkId(++lastId));
            byId.put(created.id().value(), created);
            idByCode.put(created.code(), created.id());
            claim.ifPresent(given -> keys.put(new OwnersKey(link.owner(), given.key()),
                    new StoredKey(given.requestHash(), created.id(), given.createdAt())));
            return new Inserted(created);
        }
    }

    @Override
    public synchronized Optional<IdempotentCreation> findByIdempotencyKey(UserId owner, String key, Instant notBefore) {
        return Optional.ofNullable(keys.get(new OwnersKey(owner, key)))
                .filter(stored -> !stored.createdAt().isBefore(notBefore))
                .map(stored -> new IdempotentCreation(byId.get(stored.link().value()), stored.requestHash()));
    }

    @Override
    public synchronized Optional<Link> findByCode(ShortCode code) {
        return Optional.ofNullable(idByCode.get(code)).map(id -> byId.get(id.value()));
    }

    @Override
    public Optional<Link> update(Link changed, long expectedVersion) {
        runOnce(takeBeforeNextUpdate());
        synchronized (this) {
            updateCalls++;
            Link current = byId.get(changed.id().value());
            if (current == null || current.version() != expectedVersion) {
                return Optional.empty();
            }
            Link saved = new Link(current.id(), current.code(), current.owner(), changed.target(),
                    current.createdAt(), changed.expiresIn(), changed.expiresAt(), changed.maxVisits(),
                    changed.redirectStatus(), current.visits(), expectedVersion + 1);
            byId.put(saved.id().value(), saved);
            return Optional.of(saved);
        }
    }

    @Override
    public synchronized boolean delete(LinkId id) {
        deleteCalls++;
        Link removed = byId.remove(id.value());
        if (removed == null) {
            return false;
        }
        idByCode.remove(removed.code());
        visits.remove(id);
        keys.values().removeIf(stored -> stored.link().equals(id));
        return true;
    }

    @Override
    public synchronized List<Link> listByOwner(UserId owner, long beforeId, int limit) {
        return byId.headMap(beforeId, false).descendingMap().values().stream()
                .filter(link -> link.isOwnedBy(owner)).limit(limit).toList();
    }

    @Override
    public synchronized List<Link> listAll(long beforeId, int limit) {
        return byId.headMap(beforeId, false).descendingMap().values().stream().limit(limit).toList();
    }

    @Override
    public synchronized int deleteIdempotencyKeysBefore(Instant cutoff) {
        lastKeyCutoff = cutoff;
        int before = keys.size();
        keys.values().removeIf(stored -> stored.createdAt().isBefore(cutoff));
        return before - keys.size();
    }

    /** Stores the visits of links still here and adds them to those links' counts, in one step; drops the rest. */
    synchronized void record(List<Visit> batch) {
        for (Visit visit : batch) {
            Link stored = byId.get(visit.link().value());
            if (stored != null) {
                visits.computeIfAbsent(stored.id(), id -> new ArrayList<>()).add(visit);
                byId.put(stored.id().value(), stored.withVisits(stored.visits() + 1));
            }
        }
    }

    synchronized long visitCount(LinkId link) {
        Link stored = byId.get(link.value());
        return stored == null ? 0 : stored.visits();
    }

    /** The link's count as stored, and its visits from {@code from} up to but not including {@code until}. */
    synchronized Recorded recorded(LinkId link, Instant from, Instant until) {
        Link stored = byId.get(link.value());
        if (stored == null) {
            return new Recorded(0, List.of());
        }
        List<Visit> inRange = visits.getOrDefault(link, List.of()).stream()
                .filter(visit -> !visit.at().isBefore(from) && visit.at().isBefore(until))
                .toList();
        return new Recorded(stored.visits(), inRange);
    }

    /** Stores a link directly, as if created earlier; returns it as stored. */
    public Link add(NewLink link) {
        InsertOutcome outcome = insert(link, Optional.empty());
        if (!(outcome instanceof Inserted inserted)) {
            throw new IllegalStateException("Could not add " + link.code() + ": " + outcome);
        }
        return inserted.link();
    }

    /** Replaces a stored link as is (its version included), as another writer would. */
    public synchronized void replace(Link link) {
        byId.put(link.id().value(), link);
    }

    /** The next {@code count} inserts report {@link CodeTaken} whatever their code, as a collision would. */
    public synchronized void reportCodeTakenForNext(int count) {
        collisionsToReport = count;
    }

    /** Runs {@code racer} just before the next insert is looked at, outside the store's lock. */
    public synchronized void beforeNextInsert(Runnable racer) {
        beforeNextInsert = racer;
    }

    /** Runs {@code racer} just before the next update is looked at, outside the store's lock. */
    public synchronized void beforeNextUpdate(Runnable racer) {
        beforeNextUpdate = racer;
    }

    public synchronized int insertCalls() {
        return insertAttempts.size();
    }

    public synchronized List<NewLink> insertAttempts() {
        return List.copyOf(insertAttempts);
    }

    public synchronized int updateCalls() {
        return updateCalls;
    }

    public synchronized int deleteCalls() {
        return deleteCalls;
    }

    public synchronized int size() {
        return byId.size();
    }

    public synchronized int idempotencyKeys() {
        return keys.size();
    }

    public synchronized Optional<Instant> lastKeyCutoff() {
        return Optional.ofNullable(lastKeyCutoff);
    }

    private synchronized Runnable takeBeforeNextInsert() {
        Runnable racer = beforeNextInsert;
        beforeNextInsert = null;
        return racer;
    }

    private synchronized Runnable takeBeforeNextUpdate() {
        Runnable racer = beforeNextUpdate;
        beforeNextUpdate = null;
        return racer;
    }

    private static void runOnce(Runnable racer) {
        if (racer != null) {
            racer.run();
        }
    }
}
