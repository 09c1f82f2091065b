package dev.portico.adapters.persistence.memory;

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
import java.util.stream.Stream;

/**
 * Links, their idempotency keys and their visits in this process's memory. One lock makes each method
 * a single step, as a transaction does in SQLite; deleting a link takes its key and visits with it,
 * as the foreign keys' cascades do.
 */
public final class InMemoryLinkStore implements LinkStore {

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
    private long lastId;

    @Override
    public synchronized InsertOutcome insert(NewLink link, Optional<IdempotencyClaim> claim) {
        claim.ifPresent(given -> forgetExpiredKey(link.owner(), given));
        if (idByCode.containsKey(link.code())) {
            return new CodeTaken();
        }
        if (claim.isPresent() && keys.containsKey(new OwnersKey(link.owner(), claim.get().key()))) {
            return new KeyTaken();
        }
        Link stored = link.withId(new LinkId(++lastId));
        byId.put(stored.id().value(), stored);
        idByCode.put(stored.code(), stored.id());
        visits.put(stored.id(), new ArrayList<>());
        claim.ifPresent(given -> keys.put(new OwnersKey(link.owner(), given.key()),
                new StoredKey(given.requestHash(), stored.id(), given.createdAt())));
        return new Inserted(stored);
    }

    private void forgetExpiredKey(UserId owner, IdempotencyClaim claim) {
        Instant oldestValid = claim.createdAt().minus(IDEMPOTENCY_WINDOW);
        keys.computeIfPresent(new OwnersKey(owner, claim.key()),
                (ownersKey, stored) -> stored.createdAt().isBefore(oldestValid) ? null : stored);
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
    public synchronized Optional<Link> update(Link changed, long expectedVersion) {
        Link current = byId.get(changed.id().value());
        if (current == null || current.version() != expectedVersion) {
            return Optional.empty();
        }
        Link updated = new Link(current.id(), current.code(), current.owner(), changed.target(), current.createdAt(),
                changed.expiresIn(), changed.expiresAt(), changed.maxVisits(), changed.redirectStatus(),
                current.visits(), expectedVersion + 1);
        byId.put(updated.id().value(), updated);
        return Optional.of(updated);
    }

    @Override
    public synchronized boolean delete(LinkId id) {
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
        return newestBefore(beforeId).filter(link -> link.isOwnedBy(owner)).limit(limit).toList();
    }

    @Override
    public synchronized List<Link> listAll(long beforeId, int limit) {
        return newestBefore(beforeId).limit(limit).toList();
    }

    private Stream<Link> newestBefore(long beforeId) {
        return byId.headMap(beforeId, false).descendingMap().values().stream();
    }

    @Override
    public synchronized int deleteIdempotencyKeysBefore(Instant cutoff) {
        int before = keys.size();
        keys.values().removeIf(stored -> stored.createdAt().isBefore(cutoff));
        return before - keys.size();
    }

    /** Stores the visits of links still here and adds them to those links' counts, in one step. */
    synchronized void record(List<Visit> batch) {
        for (Visit visit : batch) {
            List<Visit> stored = visits.get(visit.link());
            if (stored != null) {
                stored.add(visit);
                byId.computeIfPresent(visit.link().value(), (id, link) -> link.withVisits(link.visits() + 1));
            }
        }
    }

    synchronized long visitCount(LinkId link) {
        Link stored = byId.get(link.value());
        return stored == null ? 0 : stored.visits();
    }

    /** The link's count, and its visits from {@code from} up to but not including {@code until}. */
    synchronized Recorded recorded(LinkId link, Instant from, Instant until) {
        Link stored = byId.get(link.value());
        if (stored == null) {
            return new Recorded(0, List.of());
        }
        List<Visit> inRange = visits.get(link).stream()
                .filter(visit -> !visit.at().isBefore(from) && visit.at().isBefore(until))
                .toList();
        return new Recorded(stored.visits(), inRange);
    }
}
