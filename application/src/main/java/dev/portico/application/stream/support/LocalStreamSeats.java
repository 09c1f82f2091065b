package dev.portico.application.stream.support;

import dev.portico.application.stream.port.StreamSeats;
import dev.portico.domain.user.UserId;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The seats of one process: each user's connections in a set that is only read and changed inside
 * {@link ConcurrentHashMap#compute}, so a take and a release of the same user never interleave.
 */
public final class LocalStreamSeats implements StreamSeats {

    private final Map<UserId, Set<String>> seats = new ConcurrentHashMap<>();

    @Override
    public boolean take(UserId user, String connectionId, int limit) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(connectionId, "connectionId");
        AtomicBoolean taken = new AtomicBoolean();
        seats.compute(user, (id, held) -> {
            Set<String> current = held != null ? held : new HashSet<>();
            if (current.contains(connectionId)) {
                taken.set(true);
            } else if (current.size() < limit) {
                current.add(connectionId);
                taken.set(true);
            }
            return current.isEmpty() ? null : current;
        });
        return taken.get();
    }

    @Override
    public void release(UserId user, String connectionId) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(connectionId, "connectionId");
        seats.computeIfPresent(user, (id, held) -> {
            held.remove(connectionId);
            return held.isEmpty() ? null : held;
        });
    }
}
