package dev.portico.application.link.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.application.link.port.IdempotencyKeys.IdempotencyClaim;
import dev.portico.application.link.port.LinkWriter.InsertOutcome;
import dev.portico.application.link.port.LinkWriter.Inserted;
import dev.portico.domain.link.Link;
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

/**
 * What the link ports' contracts share: an empty store per test, users it accepts as owners, and
 * links to write into it. Times are whole milliseconds, the precision stores keep.
 */
public abstract class LinkContractSupport<T extends LinkWriter> {

    protected static final Instant NOW = Instant.parse("2025-03-01T10:15:30.123Z");
    protected static final Duration WINDOW = IdempotencyKeys.IDEMPOTENCY_WINDOW;

    private T store;

    protected abstract T newStore();

    /** A user that exists wherever the store needs it to (a foreign key, say); a different one on each call. */
    protected abstract UserId existingUser(T store);

    @BeforeEach
    void startWithAnEmptyStore() {
        store = newStore();
    }

    protected final T store() {
        return store;
    }

    protected final UserId user() {
        return existingUser(store);
    }

    protected static NewLink newLink(String code, UserId owner) {
        return new NewLink(new ShortCode(code), owner, new TargetUrl("https://example.com/" + code), NOW,
                Duration.ofHours(2), 50L, RedirectStatus.TEMPORARY_REDIRECT);
    }

    protected static IdempotencyClaim claim(String key, Instant at) {
        return new IdempotencyClaim(key, "hash-of-" + key + "-at-" + at.toEpochMilli(), at);
    }

    protected final Link insert(String code, UserId owner) {
        return inserted(store.insert(newLink(code, owner), Optional.empty()));
    }

    protected static Link inserted(InsertOutcome outcome) {
        assertThat(outcome).isInstanceOf(Inserted.class);
        return ((Inserted) outcome).link();
    }

    protected static Link changed(Link link, String target, Instant expiresAt) {
        return new Link(link.id(), link.code(), link.owner(), new TargetUrl(target), link.createdAt(),
                Duration.ofMinutes(5), expiresAt, 7L, RedirectStatus.MOVED_PERMANENTLY, link.visits(), link.version());
    }

    /** Runs {@code insert} on {@code threads} threads released at once; the outcomes in thread order. */
    protected static List<InsertOutcome> concurrently(int threads, IntFunction<InsertOutcome> insert) throws Exception {
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
}
