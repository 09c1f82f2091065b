package dev.portico.application.link.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.application.link.port.LinkStore.CodeTaken;
import dev.portico.application.link.port.LinkStore.IdempotencyClaim;
import dev.portico.application.link.port.LinkStore.IdempotentCreation;
import dev.portico.application.link.port.LinkStore.InsertOutcome;
import dev.portico.application.link.port.LinkStore.Inserted;
import dev.portico.application.link.port.LinkStore.KeyTaken;
import dev.portico.domain.link.Link;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.NewLink;
import dev.portico.domain.link.RedirectStatus;
import dev.portico.domain.link.ShortCode;
import dev.portico.domain.link.TargetUrl;
import dev.portico.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link LinkStore} adapter must show. Each adapter's test class extends this,
 * supplies an empty store per test, and users the store will accept as owners of links. Times are
 * whole milliseconds, the precision stores keep.
 */
public abstract class LinkStoreContract<T extends LinkStore> {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30.123Z");
    private static final Duration WINDOW = LinkStore.IDEMPOTENCY_WINDOW;

    private T store;

    protected abstract T newStore();

    /** A user that exists wherever the store needs it to (a foreign key, say); a different one on each call. */
    protected abstract UserId existingUser(T store);

    @BeforeEach
    void startWithAnEmptyStore() {
        store = newStore();
    }

    private UserId user() {
        return existingUser(store);
    }

    private static NewLink newLink(String code, UserId owner) {
        return new NewLink(new ShortCode(code), owner, new TargetUrl("https://example.com/" + code), NOW,
                Duration.ofHours(2), 50L, RedirectStatus.TEMPORARY_REDIRECT);
    }

    private static IdempotencyClaim claim(String key, Instant at) {
        return new IdempotencyClaim(key, "hash-of-" + key + "-at-" + at.toEpochMilli(), at);
    }

    private Link insert(String code, UserId owner) {
        return inserted(store.insert(newLink(code, owner), Optional.empty()));
    }

    private static Link inserted(InsertOutcome outcome) {
        assertThat(outcome).isInstanceOf(Inserted.class);
        return ((Inserted) outcome).link();
    }

    private static Link changed(Link link, String target, Instant expiresAt) {
        return new Link(link.id(), link.code(), link.owner(), new TargetUrl(target), link.createdAt(),
                Duration.ofMinutes(5), expiresAt, 7L, RedirectStatus.MOVED_PERMANENTLY, link.visits(), link.version());
    }

    private static List<InsertOutcome> concurrently(int threads, IntFunction<InsertOutcome> insert) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<InsertOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int thread = i;
                Callable<InsertOutcome> task = () -> {
                    start.await();
                    return insert.apply(thread);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<InsertOutcome> outcomes = new ArrayList<>();
            for (Future<InsertOutcome> future : futures) {
                outcomes.add(future.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void givenANewLink_insert_returnsItWithAnIdNoVisitsVersionOneAndItsExpiry() {
        NewLink link = newLink("first", user());

        Link stored = inserted(store.insert(link, Optional.empty()));

        assertThat(stored.id().value()).isPositive();
        assertThat(stored).isEqualTo(link.withId(stored.id()));
        assertThat(stored.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(stored.visits()).isZero();
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void givenAStoredLink_findByCode_returnsEveryField() {
        Link stored = insert("first", user());

        assertThat(store.findByCode(new ShortCode("first"))).contains(stored);
    }

    @Test
    void givenALinkWithoutExpiryOrLimit_findByCode_returnsItWithoutThem() {
        NewLink open = new NewLink(new ShortCode("open"), user(), new TargetUrl("https://example.org/"), NOW, null,
                null, RedirectStatus.FOUND);

        Link stored = inserted(store.insert(open, Optional.empty()));

        assertThat(store.findByCode(open.code())).contains(stored);
        assertThat(stored.expiry()).isEmpty();
        assertThat(stored.visitLimit()).isEmpty();
    }

    @Test
    void givenAnUnknownCode_findByCode_returnsEmpty() {
        insert("first", user());

        assertThat(store.findByCode(new ShortCode("other"))).isEmpty();
    }

    @Test
    void givenCodesDifferingOnlyInCase_insert_storesBothAsDifferentLinks() {
        UserId owner = user();
        Link lower = insert("abc", owner);
        Link upper = insert("ABC", owner);

        assertThat(upper.id()).isNotEqualTo(lower.id());
        assertThat(store.findByCode(new ShortCode("abc"))).contains(lower);
        assertThat(store.findByCode(new ShortCode("ABC"))).contains(upper);
    }

    @Test
    void givenATakenCode_insert_returnsCodeTakenAndStoresNeitherLinkNorKey() {
        Link first = insert("taken", user());
        UserId other = user();

        InsertOutcome outcome = store.insert(newLink("taken", other), Optional.of(claim("key", NOW)));

        assertThat(outcome).isEqualTo(new CodeTaken());
        assertThat(store.findByCode(new ShortCode("taken"))).contains(first);
        assertThat(store.listAll(Long.MAX_VALUE, 10)).containsExactly(first);
        assertThat(store.findByIdempotencyKey(other, "key", NOW.minus(WINDOW))).isEmpty();
    }

    @Test
    void givenAHundredConcurrentInsertsOfOneCode_exactlyOneIsInserted() throws Exception {
        UserId owner = user();

        List<InsertOutcome> outcomes = concurrently(100, thread -> store.insert(newLink("race", owner), Optional.empty()));

        assertThat(outcomes).filteredOn(Inserted.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(CodeTaken.class::isInstance).hasSize(99);
        assertThat(store.listByOwner(owner, Long.MAX_VALUE, 200)).hasSize(1);
    }

    @Test
    void givenAClaim_insert_storesTheKeyWithTheLinkAndTheRequestHash() {
        UserId owner = user();
        IdempotencyClaim claim = claim("key-1", NOW);

        Link stored = inserted(store.insert(newLink("keyed", owner), Optional.of(claim)));

        assertThat(store.findByIdempotencyKey(owner, "key-1", NOW.minus(WINDOW)))
                .contains(new IdempotentCreation(stored, claim.requestHash()));
    }

    @Test
    void givenAKeyStoredBeforeNotBefore_findByIdempotencyKey_returnsEmpty() {
        UserId owner = user();
        store.insert(newLink("keyed", owner), Optional.of(claim("key-1", NOW)));

        assertThat(store.findByIdempotencyKey(owner, "key-1", NOW)).isPresent();
        assertThat(store.findByIdempotencyKey(owner, "key-1", NOW.plusMillis(1))).isEmpty();
        assertThat(store.findByIdempotencyKey(owner, "key-2", NOW.minus(WINDOW))).isEmpty();
    }

    @Test
    void givenAKeyTheOwnerUsed_insertWithTheSameKey_returnsKeyTakenAndStoresNoSecondLink() {
        UserId owner = user();
        Link first = inserted(store.insert(newLink("first", owner), Optional.of(claim("key", NOW))));

        InsertOutcome again = store.insert(newLink("second", owner), Optional.of(claim("key", NOW.plusSeconds(1))));

        assertThat(again).isEqualTo(new KeyTaken());
        assertThat(store.findByCode(new ShortCode("second"))).isEmpty();
        assertThat(store.listByOwner(owner, Long.MAX_VALUE, 10)).containsExactly(first);
        assertThat(store.findByIdempotencyKey(owner, "key", NOW.minus(WINDOW)).orElseThrow().link()).isEqualTo(first);
    }

    @Test
    void givenAnotherOwnersKey_insertWithTheSameKey_storesTheLinkAndItsOwnKey() {
        UserId alice = user();
        UserId bob = user();
        Link alices = inserted(store.insert(newLink("alices", alice), Optional.of(claim("key", NOW))));

        Link bobs = inserted(store.insert(newLink("bobs", bob), Optional.of(claim("key", NOW))));

        assertThat(store.findByIdempotencyKey(alice, "key", NOW.minus(WINDOW)).orElseThrow().link()).isEqualTo(alices);
        assertThat(store.findByIdempotencyKey(bob, "key", NOW.minus(WINDOW)).orElseThrow().link()).isEqualTo(bobs);
    }

    @Test
    void givenAKeyOlderThanTheWindow_insertWithTheSameKey_replacesIt() {
        UserId owner = user();
        store.insert(newLink("old", owner), Optional.of(claim("key", NOW)));
        Instant later = NOW.plus(WINDOW).plusMillis(1);
        IdempotencyClaim fresh = claim("key", later);

        Link stored = inserted(store.insert(newLink("new", owner), Optional.of(fresh)));

        assertThat(store.findByIdempotencyKey(owner, "key", NOW))
                .contains(new IdempotentCreation(stored, fresh.requestHash()));
        assertThat(store.findByCode(new ShortCode("old"))).isPresent();
    }

    @Test
    void givenAKeyExactlyAsOldAsTheWindow_insertWithTheSameKey_returnsKeyTaken() {
        UserId owner = user();
        store.insert(newLink("old", owner), Optional.of(claim("key", NOW)));

        InsertOutcome outcome = store.insert(newLink("new", owner), Optional.of(claim("key", NOW.plus(WINDOW))));

        assertThat(outcome).isEqualTo(new KeyTaken());
        assertThat(store.findByCode(new ShortCode("new"))).isEmpty();
    }

    @Test
    void givenConcurrentInsertsWithOneOwnersKey_exactlyOneIsInserted() throws Exception {
        UserId owner = user();

        List<InsertOutcome> outcomes = concurrently(20,
                thread -> store.insert(newLink("code-" + thread, owner), Optional.of(claim("key", NOW))));

        assertThat(outcomes).filteredOn(Inserted.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(KeyTaken.class::isInstance).hasSize(19);
        assertThat(store.listByOwner(owner, Long.MAX_VALUE, 50)).hasSize(1);
    }

    @Test
    void givenTheCurrentVersion_update_changesTheFieldsAndBumpsTheVersion() {
        Link stored = insert("first", user());
        Instant expiresAt = NOW.plusSeconds(900);

        Optional<Link> updated = store.update(changed(stored, "https://example.net/new", expiresAt), 1);

        Link expected = new Link(stored.id(), stored.code(), stored.owner(), new TargetUrl("https://example.net/new"),
                stored.createdAt(), Duration.ofMinutes(5), expiresAt, 7L, RedirectStatus.MOVED_PERMANENTLY, 0, 2);
        assertThat(updated).contains(expected);
        assertThat(store.findByCode(stored.code())).contains(expected);
    }

    @Test
    void givenAChangeThatRemovesExpiryAndLimit_update_storesThemAbsent() {
        Link stored = insert("first", user());
        Link open = new Link(stored.id(), stored.code(), stored.owner(), stored.target(), stored.createdAt(), null,
                null, null, stored.redirectStatus(), 0, 1);

        Link updated = store.update(open, 1).orElseThrow();

        assertThat(updated.expiry()).isEmpty();
        assertThat(updated.visitLimit()).isEmpty();
        assertThat(store.findByCode(stored.code())).contains(updated);
    }

    @Test
    void givenAStaleVersion_update_returnsEmptyAndChangesNothing() {
        Link stored = insert("first", user());
        store.update(changed(stored, "https://example.net/one", NOW), 1).orElseThrow();
        Link afterFirst = store.findByCode(stored.code()).orElseThrow();

        Optional<Link> stale = store.update(changed(stored, "https://example.net/two", NOW), 1);

        assertThat(stale).isEmpty();
        assertThat(store.findByCode(stored.code())).contains(afterFirst);
        assertThat(afterFirst.version()).isEqualTo(2);
    }

    @Test
    void givenADeletedLink_update_returnsEmpty() {
        Link stored = insert("first", user());
        store.delete(stored.id());

        assertThat(store.update(changed(stored, "https://example.net/", NOW), 1)).isEmpty();
        assertThat(store.findByCode(stored.code())).isEmpty();
    }

    @Test
    void givenAStoredLink_delete_removesItAndItsKey() {
        UserId owner = user();
        Link stored = inserted(store.insert(newLink("first", owner), Optional.of(claim("key", NOW))));
        Link other = insert("other", owner);

        assertThat(store.delete(stored.id())).isTrue();

        assertThat(store.findByCode(stored.code())).isEmpty();
        assertThat(store.findByIdempotencyKey(owner, "key", NOW.minus(WINDOW))).isEmpty();
        assertThat(store.listByOwner(owner, Long.MAX_VALUE, 10)).containsExactly(other);
        assertThat(store.delete(stored.id())).isFalse();
    }

    /**
     * A key goes with its link, as the SQLite cascade has it: a retry after the delete finds no first
     * answer to replay, so it creates a new link, which takes the key.
     */
    @Test
    void givenADeletedLinksKey_insertWithTheSameKey_storesANewLinkThatTheKeyThenFinds() {
        UserId owner = user();
        Link first = inserted(store.insert(newLink("first", owner), Optional.of(claim("key", NOW))));
        store.delete(first.id());

        Link second = inserted(store.insert(newLink("second", owner), Optional.of(claim("key", NOW.plusSeconds(1)))));

        assertThat(store.findByIdempotencyKey(owner, "key", NOW.minus(WINDOW)))
                .contains(new IdempotentCreation(second, claim("key", NOW.plusSeconds(1)).requestHash()));
    }

    @Test
    void givenADeletedLinksCode_insert_storesANewLinkWithANewId() {
        UserId owner = user();
        Link first = insert("reused", owner);
        store.delete(first.id());

        Link second = insert("reused", owner);

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(store.findByCode(new ShortCode("reused"))).contains(second);
    }

    @Test
    void givenAnUnknownId_delete_returnsFalse() {
        insert("first", user());

        assertThat(store.delete(new LinkId(999_999))).isFalse();
    }

    @Test
    void givenLinksOfTwoOwners_listByOwner_pagesThroughOneOwnersNewestFirst() {
        UserId alice = user();
        UserId bob = user();
        Link a1 = insert("alice-1", alice);
        insert("bob-1", bob);
        Link a2 = insert("alice-2", alice);
        Link a3 = insert("alice-3", alice);
        insert("bob-2", bob);

        List<Link> firstPage = store.listByOwner(alice, Long.MAX_VALUE, 2);
        List<Link> secondPage = store.listByOwner(alice, firstPage.get(1).id().value(), 2);

        assertThat(firstPage).containsExactly(a3, a2);
        assertThat(secondPage).containsExactly(a1);
        assertThat(store.listByOwner(alice, a1.id().value(), 2)).isEmpty();
        assertThat(store.listByOwner(user(), Long.MAX_VALUE, 10)).isEmpty();
    }

    @Test
    void givenLinksOfTwoOwners_listAll_pagesThroughEveryLinkNewestFirst() {
        UserId alice = user();
        UserId bob = user();
        Link a1 = insert("alice-1", alice);
        Link b1 = insert("bob-1", bob);
        Link a2 = insert("alice-2", alice);

        assertThat(store.listAll(Long.MAX_VALUE, 2)).containsExactly(a2, b1);
        assertThat(store.listAll(b1.id().value(), 2)).containsExactly(a1);
        assertThat(store.listAll(Long.MAX_VALUE, 10)).containsExactly(a2, b1, a1);
    }

    @Test
    void givenKeysOfDifferentAges_deleteIdempotencyKeysBefore_forgetsOnlyTheOlderOnes() {
        UserId owner = user();
        Link old = inserted(store.insert(newLink("old", owner), Optional.of(claim("old-key", NOW))));
        Link recent = inserted(store.insert(newLink("recent", owner),
                Optional.of(claim("recent-key", NOW.plusSeconds(60)))));

        int deleted = store.deleteIdempotencyKeysBefore(NOW.plusSeconds(60));

        assertThat(deleted).isEqualTo(1);
        assertThat(store.findByIdempotencyKey(owner, "old-key", NOW.minus(WINDOW))).isEmpty();
        assertThat(store.findByIdempotencyKey(owner, "recent-key", NOW.minus(WINDOW)).orElseThrow().link())
                .isEqualTo(recent);
        assertThat(store.findByCode(old.code())).contains(old);
        assertThat(store.deleteIdempotencyKeysBefore(NOW.plusSeconds(60))).isZero();
    }
}
