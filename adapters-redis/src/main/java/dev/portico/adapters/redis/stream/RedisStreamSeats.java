package dev.portico.adapters.redis.stream;

import dev.portico.adapters.redis.connection.RedisConnections;
import dev.portico.application.stream.port.StreamSeats;
import dev.portico.domain.error.StoreUnavailable;
import dev.portico.domain.user.UserId;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stream seats counted across the cluster: each user's seats in a sorted set {@code portico:seats:<user>}
 * scored by expiry, taken by a script that drops expired seats, counts and adds at once. Seats are
 * taken for {@code ttl} and this instance renews those it holds every ttl/3, so the seats of an
 * instance that died lapse by themselves within a ttl. A user's seats held here are changed only
 * inside {@link ConcurrentHashMap#compute}, so a renewal never brings back a seat just released.
 */
public final class RedisStreamSeats implements StreamSeats, AutoCloseable {

    public static final String KEY_PREFIX = "portico:seats:";
    public static final Duration DEFAULT_TTL = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(RedisStreamSeats.class);

    private final RedisConnections connections;
    private final String instanceId;
    private final Duration ttl;
    private final Map<UserId, Set<String>> held = new ConcurrentHashMap<>();
    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread daemon = new Thread(runnable, "portico-stream-seats-renew");
        daemon.setDaemon(true);
        return daemon;
    });

    /** Seats for {@link #DEFAULT_TTL}. */
    public RedisStreamSeats(RedisConnections connections, String instanceId) {
        this(connections, instanceId, DEFAULT_TTL);
    }

    /** {@code instanceId} must differ between the instances of a cluster. */
    public RedisStreamSeats(RedisConnections connections, String instanceId, Duration ttl) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.instanceId = Objects.requireNonNull(instanceId, "instanceId");
        if (ttl == null || ttl.toMillis() < 100) {
            throw new IllegalArgumentException("A seat lives at least 100 ms, got " + ttl);
        }
        this.ttl = ttl;
        long every = ttl.toMillis() / 3;
        renewals.scheduleWithFixedDelay(this::renewAll, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean take(UserId user, String connectionId, int limit) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(connectionId, "connectionId");
        AtomicBoolean taken = new AtomicBoolean();
        held.compute(user, (id, seats) -> {
            if (seats != null && seats.contains(connectionId)) {
                taken.set(true);
                return seats;
            }
            Long answer = connections.call("taking a stream seat", redis -> redis.eval(SeatScripts.TAKE,
                    ScriptOutputType.INTEGER, new String[] {key(id)}, Long.toString(ttl.toMillis()),
                    member(connectionId), Integer.toString(limit)));
            if (answer == null || answer != 1L) {
                return seats;
            }
            Set<String> mine = seats != null ? seats : new HashSet<>();
            mine.add(connectionId);
            taken.set(true);
            return mine;
        });
        return taken.get();
    }

    /**
     * Stops renewing the seat at once and gives it back in Redis; when Redis cannot be reached, the
     * seat is not renewed and lapses within a ttl, so nothing is thrown.
     */
    @Override
    public void release(UserId user, String connectionId) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(connectionId, "connectionId");
        held.computeIfPresent(user, (id, seats) -> {
            if (seats.remove(connectionId)) {
                giveBack(id, List.of(connectionId));
            }
            return seats.isEmpty() ? null : seats;
        });
    }

    private void giveBack(UserId user, List<String> connectionIds) {
        try {
            String[] members = connectionIds.stream().map(this::member).toArray(String[]::new);
            connections.call("giving back a stream seat", redis -> redis.zrem(key(user), members));
        } catch (StoreUnavailable lapsesByItself) {
            // Not renewed any more: the seat lapses within a ttl.
        }
    }

    private void renewAll() {
        for (UserId user : List.copyOf(held.keySet())) {
            try {
                held.computeIfPresent(user, (id, seats) -> {
                    List<String> args = new ArrayList<>();
                    args.add(Long.toString(ttl.toMillis()));
                    seats.forEach(connection -> args.add(member(connection)));
                    connections.call("renewing stream seats", redis -> redis.eval(SeatScripts.REFRESH,
                            ScriptOutputType.INTEGER, new String[] {key(id)}, args.toArray(String[]::new)));
                    return seats;
                });
            } catch (StoreUnavailable notNow) {
                return; // the next round tries again, while the seats still live
            } catch (RuntimeException bug) {
                LOG.error("Renewing stream seats failed", bug);
                return;
            }
        }
    }

    private String key(UserId user) {
        return KEY_PREFIX + user.value();
    }

    private String member(String connectionId) {
        return instanceId + "/" + connectionId;
    }

    /** For tests: the instance dies without a word; its seats are neither renewed nor given back. */
    void abandon() {
        renewals.shutdownNow();
    }

    /** Gives back every seat this instance holds (as far as Redis can be reached) and stops renewing. */
    @Override
    public void close() {
        renewals.shutdownNow();
        for (UserId user : List.copyOf(held.keySet())) {
            held.computeIfPresent(user, (id, seats) -> {
                giveBack(id, List.copyOf(seats));
                return null;
            });
        }
    }
}
