package dev.portico.adapters.persistence.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.adapters.persistence.memory.InMemoryLinkStore;
import dev.portico.application.cluster.port.ClusterEvent;
import dev.portico.application.link.port.IdempotencyKeys.IdempotencyClaim;
import dev.portico.application.link.port.LinkLookup;
import dev.portico.application.link.port.LinkWriter;
import dev.portico.domain.link.Link;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.NewLink;
import dev.portico.domain.link.RedirectStatus;
import dev.portico.domain.link.ShortCode;
import dev.portico.domain.link.TargetUrl;
import dev.portico.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CachingLinkStoreTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30.123Z");
    private static final Duration UNKNOWN_FOR = Duration.ofSeconds(5);
    private static final ShortCode CODE = new ShortCode("cached");

    private final CountingLinkStore delegate = new CountingLinkStore(new InMemoryLinkStore());
    private final AtomicLong nanoTime = new AtomicLong();
    private final CachingLinkStore store = new CachingLinkStore(delegate, 1_000, 100, UNKNOWN_FOR, nanoTime::get);

    /** Passes lookups and writes on, counting the lookups by code; a subclass may hold one lookup up. */
    private static class CountingLinkStore implements LinkLookup, LinkWriter {

        private final InMemoryLinkStore links;
        final AtomicInteger lookups = new AtomicInteger();

        CountingLinkStore(InMemoryLinkStore links) {
            this.links = links;
        }

        @Override
        public Optional<Link> findByCode(ShortCode code) {
            lookups.incrementAndGet();
            return links.findByCode(code);
        }

        @Override
        public InsertOutcome insert(NewLink link, Optional<IdempotencyClaim> claim) {
            return links.insert(link, claim);
        }

        @Override
        public Optional<Link> update(Link changed, long expectedVersion) {
            return links.update(changed, expectedVersion);
        }

        @Override
        public boolean delete(LinkId id) {
            return links.delete(id);
        }
    }

    private Link insert() {
        NewLink link = new NewLink(CODE, new UserId(1), new TargetUrl("https://example.com/"), NOW, null, null,
                RedirectStatus.FOUND);
        return ((LinkWriter.Inserted) store.insert(link, Optional.empty())).link();
    }

    private static Link retargeted(Link link, String target) {
        return new Link(link.id(), link.code(), link.owner(), new TargetUrl(target), link.createdAt(), null, null, null,
                link.redirectStatus(), link.visits(), link.version());
    }

    @Test
    void givenAFoundLink_findByCodeAgain_answersWithoutTheDelegate() {
        Link link = insert();

        assertThat(store.findByCode(CODE)).contains(link);
        assertThat(store.findByCode(CODE)).contains(link);

        assertThat(delegate.lookups).hasValue(1);
    }

    @Test
    void givenAnUnknownCode_findByCodeAgainWithinTheWhile_answersWithoutTheDelegate() {
        assertThat(store.findByCode(CODE)).isEmpty();
        nanoTime.addAndGet(UNKNOWN_FOR.toNanos() - 1);

        assertThat(store.findByCode(CODE)).isEmpty();

        assertThat(delegate.lookups).hasValue(1);
    }

    @Test
    void givenAnUnknownCode_findByCodeAfterTheWhile_asksTheDelegateAgain() {
        store.findByCode(CODE);
        nanoTime.addAndGet(UNKNOWN_FOR.toNanos());

        assertThat(store.findByCode(CODE)).isEmpty();

        assertThat(delegate.lookups).hasValue(2);
    }

    @Test
    void givenACodeCachedAsUnknown_insertingIt_makesItFoundAtOnce() {
        assertThat(store.findByCode(CODE)).isEmpty();

        Link link = insert();

        assertThat(store.findByCode(CODE)).contains(link);
    }

    @Test
    void givenACachedLink_update_makesFindByCodeReturnTheChangedLink() {
        Link link = insert();
        store.findByCode(CODE);

        Link updated = store.update(retargeted(link, "https://example.org/new"), link.version()).orElseThrow();

        assertThat(store.findByCode(CODE)).contains(updated);
        assertThat(delegate.lookups).hasValue(2);
    }

    @Test
    void givenACachedLink_delete_makesFindByCodeReturnEmpty() {
        Link link = insert();
        store.findByCode(CODE);

        store.delete(link.id());

        assertThat(store.findByCode(CODE)).isEmpty();
    }

    @Test
    void givenACachedLink_changedByAnotherInstance_theEventDropsIt() {
        Link link = insert();
        store.findByCode(CODE);
        Link updated = delegate.update(retargeted(link, "https://example.org/elsewhere"), link.version()).orElseThrow();
        assertThat(store.findByCode(CODE)).as("before the event").contains(link);

        store.on(new ClusterEvent.LinkWritten(CODE));

        assertThat(store.findByCode(CODE)).contains(updated);
    }

    @Test
    void givenACachedLink_deletedByAnotherInstance_theEventDropsIt() {
        Link link = insert();
        store.findByCode(CODE);
        delegate.delete(link.id());

        store.on(new ClusterEvent.LinkDeleted(link.id()));

        assertThat(store.findByCode(CODE)).isEmpty();
    }

    @Test
    void givenCodesCachedEitherWay_missedEvents_dropEverything() {
        Link link = insert();
        store.findByCode(CODE);
        ShortCode other = new ShortCode("other");
        store.findByCode(other);
        delegate.delete(link.id());
        delegate.insert(new NewLink(other, new UserId(1), new TargetUrl("https://example.com/o"), NOW, null, null,
                RedirectStatus.FOUND), Optional.empty());

        store.mayHaveMissedEvents();

        assertThat(store.findByCode(CODE)).isEmpty();
        assertThat(store.findByCode(other)).isPresent();
    }

    @Test
    void withUnknownCodesNotRemembered_aCodeCreatedElsewhere_resolvesAtOnce() {
        CachingLinkStore forgetful = new CachingLinkStore(delegate, 1_000, 100, Duration.ZERO, nanoTime::get);
        assertThat(forgetful.findByCode(CODE)).isEmpty();

        Link link = ((LinkWriter.Inserted) delegate.insert(new NewLink(CODE, new UserId(1),
                new TargetUrl("https://example.com/"), NOW, null, null, RedirectStatus.FOUND), Optional.empty())).link();

        assertThat(forgetful.findByCode(CODE)).contains(link);
        assertThat(delegate.lookups).hasValue(2);
    }

    @Test
    void withALifetimeForLinks_aCachedLinkIsAskedForAgainOnceItIsOver() {
        CachingLinkStore expiring = new CachingLinkStore(delegate, 1_000, Duration.ofSeconds(30), 100, UNKNOWN_FOR,
                nanoTime::get);
        insert();
        expiring.findByCode(CODE);
        nanoTime.addAndGet(Duration.ofSeconds(30).toNanos() - 1);
        expiring.findByCode(CODE);
        assertThat(delegate.lookups).hasValue(1);

        nanoTime.addAndGet(1);
        expiring.findByCode(CODE);

        assertThat(delegate.lookups).hasValue(2);
    }

    @Test
    void givenALookupThatReadTheLinkBeforeItWasDeleted_theDeletedLink_isNotLeftInTheCache() throws Exception {
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch deleted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountingLinkStore slow = new CountingLinkStore(new InMemoryLinkStore()) {
            @Override
            public Optional<Link> findByCode(ShortCode code) {
                Optional<Link> found = super.findByCode(code);
                if (lookups.get() == 1) {
                    read.countDown();
                    await(release);
                }
                return found;
            }

            @Override
            public boolean delete(LinkId id) {
                boolean removed = super.delete(id);
                deleted.countDown();
                return removed;
            }
        };
        CachingLinkStore caching = new CachingLinkStore(slow, 1_000, 100, UNKNOWN_FOR, nanoTime::get);
        Link link = ((LinkWriter.Inserted) caching.insert(new NewLink(CODE, new UserId(1),
                new TargetUrl("https://example.com/"), NOW, null, null, RedirectStatus.FOUND), Optional.empty())).link();

        CompletableFuture<Optional<Link>> lookup = CompletableFuture.supplyAsync(() -> caching.findByCode(CODE));
        assertThat(read.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Boolean> delete = CompletableFuture.supplyAsync(() -> caching.delete(link.id()));
        assertThat(deleted.await(10, TimeUnit.SECONDS)).isTrue();
        release.countDown();

        assertThat(lookup.get(10, TimeUnit.SECONDS)).contains(link);
        assertThat(delete.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(caching.findByCode(CODE)).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
