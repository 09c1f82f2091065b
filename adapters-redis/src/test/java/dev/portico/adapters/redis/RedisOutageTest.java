package dev.portico.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.adapters.redis.connection.RedisConnections;
import dev.portico.adapters.redis.events.RedisClusterEvents;
import dev.portico.adapters.redis.jobs.RedisJobClaims;
import dev.portico.adapters.redis.ratelimit.RedisRateLimiter;
import dev.portico.adapters.redis.stream.RedisStreamSeats;
import dev.portico.adapters.redis.testing.RedisTestServer;
import dev.portico.application.cluster.port.ClusterEvent;
import dev.portico.application.cluster.port.ClusterEvent.LinkDeleted;
import dev.portico.application.cluster.port.ClusterEventsContract.Recorder;
import dev.portico.application.ratelimit.RateLimitPolicy;
import dev.portico.domain.error.StoreUnavailable;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.user.UserId;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Redis stopped, frozen or not there yet: every adapter fails with {@code StoreUnavailable} of the shared
 * state (the tests assert the type, not how fast, though the settings make it about a second at most),
 * and works again once Redis is back, the event listeners told they may have missed events.
 */
@ExtendWith(RedisTestServer.Extension.class)
class RedisOutageTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final RateLimitPolicy LOGIN = new RateLimitPolicy("login", 5, Duration.ofMinutes(1));
    private static final UserId ALICE = new UserId(1);

    private final RedisTestServer server = RedisTestServer.shared();
    private final String channel = "portico:events:outage-" + UUID.randomUUID();
    private RedisConnections connections;
    private RedisConnections otherConnections;

    @BeforeEach
    void connect() {
        server.start();
        server.flushAll();
        connections = new RedisConnections(server.settings());
        otherConnections = new RedisConnections(server.settings());
    }

    @AfterEach
    void restoreTheServer() {
        server.thawIfFrozen();
        server.start();
        connections.close();
        otherConnections.close();
    }

    @Test
    void whileRedisIsStopped_everyAdapterFailsWithStoreUnavailableOfTheSharedState() {
        RedisRateLimiter limiter = new RedisRateLimiter(connections);
        RedisJobClaims claims = new RedisJobClaims(connections, "instance-a");
        try (RedisClusterEvents events = new RedisClusterEvents(connections, channel);
                RedisStreamSeats seats = new RedisStreamSeats(connections, "instance-a")) {
            assertThat(limiter.tryConsume(LOGIN, "203.0.113.7").allowed()).isTrue();
            assertThat(seats.take(ALICE, "c1", 2)).isTrue();

            server.stop();

            assertSharedStateUnavailable(() -> limiter.tryConsume(LOGIN, "203.0.113.7"));
            assertSharedStateUnavailable(() -> events.publish(new LinkDeleted(new LinkId(1))));
            assertSharedStateUnavailable(() -> claims.claim("daily-snapshots", Duration.ofMinutes(1)));
            assertSharedStateUnavailable(() -> seats.take(ALICE, "c2", 2));
            assertThatCode(() -> seats.release(ALICE, "c1")).doesNotThrowAnyException();
        }
    }

    @Test
    void whileRedisIsFrozen_commandsTimeOutAsStoreUnavailable() {
        RedisRateLimiter limiter = new RedisRateLimiter(connections);
        RedisJobClaims claims = new RedisJobClaims(connections, "instance-a");
        assertThat(claims.claim("warm-up", Duration.ofSeconds(1))).isTrue();

        server.freeze();

        assertSharedStateUnavailable(() -> claims.claim("daily-snapshots", Duration.ofMinutes(1)));
        assertSharedStateUnavailable(() -> limiter.tryConsume(LOGIN, "203.0.113.7"));
        server.thaw();
        // The timed-out claim reached Redis all the same and holds once Redis runs again: another job.
        assertThat(eventually(() -> claims.claim("purge-token-families", Duration.ofMinutes(1)))).isTrue();
    }

    @Test
    void afterRedisIsBack_eventsFlowAgainAndListenersWereToldTheyMayHaveMissedSome() throws InterruptedException {
        try (RedisClusterEvents here = new RedisClusterEvents(connections, channel);
                RedisClusterEvents there = new RedisClusterEvents(otherConnections, channel)) {
            Recorder listener = new Recorder();
            there.subscribe(listener);
            ClusterEvent before = new LinkDeleted(new LinkId(1));
            here.publish(before);
            assertThat(listener.next(1)).containsExactly(before);

            server.stop();
            assertSharedStateUnavailable(() -> here.publish(new LinkDeleted(new LinkId(2))));
            server.start();

            assertThat(eventually(() -> listener.missedNotices() >= 1)).isTrue();
            ClusterEvent after = new LinkDeleted(new LinkId(3));
            assertThat(eventually(() -> publishes(here, after))).isTrue();
            assertThat(listener.next(1)).containsExactly(after);
        }
    }

    @Test
    void withRedisDownAtStart_theAdaptersAreBuiltFailFastAndWorkOnceRedisIsUp() throws InterruptedException {
        connections.close();
        server.stop();
        connections = new RedisConnections(server.settings());
        RedisRateLimiter limiter = new RedisRateLimiter(connections);
        try (RedisClusterEvents events = new RedisClusterEvents(connections, channel)) {
            Recorder listener = new Recorder();
            events.subscribe(listener);
            assertSharedStateUnavailable(() -> limiter.tryConsume(LOGIN, "203.0.113.7"));
            assertSharedStateUnavailable(() -> events.publish(new LinkDeleted(new LinkId(1))));

            server.start();

            assertThat(eventually(() -> listener.missedNotices() >= 1)).isTrue();
            ClusterEvent first = new LinkDeleted(new LinkId(2));
            assertThat(eventually(() -> publishes(events, first))).isTrue();
            assertThat(listener.next(1)).containsExactly(first);
            assertThat(limiter.tryConsume(LOGIN, "203.0.113.7").remaining()).isEqualTo(4);
        }
    }

    private static void assertSharedStateUnavailable(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StoreUnavailable.class, unavailable -> {
            assertThat(unavailable.store()).isEqualTo(StoreUnavailable.Store.SHARED_STATE);
            assertThat(unavailable.retryAfter()).isPositive();
        });
    }

    private static boolean publishes(RedisClusterEvents events, ClusterEvent event) {
        try {
            events.publish(event);
            return true;
        } catch (StoreUnavailable notYet) {
            return false;
        }
    }

    /** True as soon as {@code condition} holds, trying for up to {@link #PATIENCE}; StoreUnavailable counts as not yet. */
    private static boolean eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() - deadline < 0) {
            try {
                if (condition.getAsBoolean()) {
                    return true;
                }
            } catch (StoreUnavailable notYet) {
                // try again
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
