package dev.portico.adapters.quotefeed.resilient;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.portico.domain.error.FeedUnavailable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The last upstream answer per key (unknown symbols included), served while fresh; one upstream load
 * per key at a time, which concurrent callers share; the last answer served as stale while the upstream
 * fails, up to the maximum stale age.
 */
final class GuardedCache<K, V> {

    private static final int MAX_ENTRIES = 10_000;

    private final Cache<K, Answer<V>> answers;
    private final ConcurrentHashMap<K, CompletableFuture<Answer<V>>> loading = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Duration maxStaleAge;
    private final Clock clock;
    private final UpstreamGuard guard;

    GuardedCache(ResilienceSettings settings, Clock clock, UpstreamGuard guard) {
        this.ttl = settings.cacheTtl();
        this.maxStaleAge = settings.maxStaleAge();
        this.clock = clock;
        this.guard = guard;
        this.answers = Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .expireAfterWrite(ttl.compareTo(maxStaleAge) > 0 ? ttl : maxStaleAge)
                .build();
    }

    Answer<V> get(K key, Supplier<Optional<V>> upstream) {
        Answer<V> cached = answers.getIfPresent(key);
        if (isYounger(cached, ttl)) {
            return cached;
        }
        CompletableFuture<Answer<V>> mine = new CompletableFuture<>();
        CompletableFuture<Answer<V>> running = loading.putIfAbsent(key, mine);
        if (running != null) {
            return await(running);
        }
        try {
            Answer<V> answer = load(key, upstream);
            mine.complete(answer);
            return answer;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            loading.remove(key, mine);
        }
    }

    private Answer<V> load(K key, Supplier<Optional<V>> upstream) {
        // Checked again: a load that finished just before this one started has already refreshed the entry.
        Answer<V> cached = answers.getIfPresent(key);
        if (isYounger(cached, ttl)) {
            return cached;
        }
        try {
            Answer<V> fresh = new Answer<>(guard.call(upstream), clock.instant(), false);
            answers.put(key, fresh);
            return fresh;
        } catch (FeedUnavailable e) {
            if (isYounger(cached, maxStaleAge)) {
                return new Answer<>(cached.value(), cached.fetchedAt(), true);
            }
            throw e;
        }
    }

    private boolean isYounger(Answer<V> answer, Duration limit) {
        return answer != null && Duration.between(answer.fetchedAt(), clock.instant()).compareTo(limit) < 0;
    }

    private static <V> Answer<V> await(CompletableFuture<Answer<V>> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
