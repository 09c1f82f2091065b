package dev.portico.application.support;

import dev.portico.application.user.port.UserStore;
import dev.portico.domain.error.UsernameTaken;
import dev.portico.domain.user.NewUser;
import dev.portico.domain.user.PasswordHash;
import dev.portico.domain.user.User;
import dev.portico.domain.user.UserId;
import dev.portico.domain.user.Username;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Accounts in a map, with ids handed out from 1 like the database does. */
public final class FakeUserStore implements UserStore {

    private final TreeMap<Long, User> byId = new TreeMap<>();
    private final Map<UserId, Instant> notBefore = new HashMap<>();
    private long lastId;

    @Override
    public synchronized User create(NewUser user) {
        if (findByUsername(user.username()).isPresent()) {
            throw new UsernameTaken(Username.FIELD, user.username().value());
        }
        User created = user.withId(new UserId(++lastId));
        byId.put(created.id().value(), created);
        return created;
    }

    @Override
    public synchronized Optional<User> findById(UserId id) {
        return Optional.ofNullable(byId.get(id.value()));
    }

    @Override
    public synchronized Optional<User> findByUsername(Username username) {
        return byId.values().stream().filter(user -> user.username().equals(username)).findFirst();
    }

    @Override
    public synchronized void updatePasswordHash(UserId id, PasswordHash hash) {
        User old = byId.get(id.value());
        if (old == null) {
            return;
        }
        byId.put(id.value(), new User(old.id(), old.username(), old.role(), hash, old.createdAt()));
    }

    @Override
    public synchronized List<User> listAfter(long afterId, int limit) {
        return byId.tailMap(afterId, false).values().stream().limit(limit).toList();
    }

    @Override
    public synchronized void setTokensNotBefore(UserId id, Instant instant) {
        notBefore.merge(id, instant, (stored, given) -> given.isAfter(stored) ? given : stored);
    }

    @Override
    public synchronized Map<UserId, Instant> tokensNotBeforeLaterThan(Instant after) {
        Map<UserId, Instant> later = new HashMap<>();
        notBefore.forEach((id, instant) -> {
            if (instant.isAfter(after)) {
                later.put(id, instant);
            }
        });
        return later;
    }

    /** What the store holds as the user's "not before", if anything. */
    public synchronized Optional<Instant> tokensNotBefore(UserId id) {
        return Optional.ofNullable(notBefore.get(id));
    }

    public synchronized int size() {
        return byId.size();
    }
}
