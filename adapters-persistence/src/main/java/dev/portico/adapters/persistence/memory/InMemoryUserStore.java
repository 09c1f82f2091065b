package dev.portico.adapters.persistence.memory;

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
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Accounts in this process's memory; one lock makes the name check and the insert a single step. */
public final class InMemoryUserStore implements UserStore {

    private final NavigableMap<Long, User> byId = new TreeMap<>();
    private final Map<Username, UserId> idByUsername = new HashMap<>();
    private final Map<UserId, Instant> tokensNotBefore = new HashMap<>();
    private long lastId;

    @Override
    public synchronized User create(NewUser user) {
        if (idByUsername.containsKey(user.username())) {
            throw new UsernameTaken(Username.FIELD, user.username().value());
        }
        User created = user.withId(new UserId(++lastId));
        byId.put(created.id().value(), created);
        idByUsername.put(created.username(), created.id());
        return created;
    }

    @Override
    public synchronized Optional<User> findById(UserId id) {
        return Optional.ofNullable(byId.get(id.value()));
    }

    @Override
    public synchronized Optional<User> findByUsername(Username username) {
        return Optional.ofNullable(idByUsername.get(username)).map(id -> byId.get(id.value()));
    }

    @Override
    public synchronized void updatePasswordHash(UserId id, PasswordHash hash) {
        byId.computeIfPresent(id.value(),
                (key, user) -> new User(user.id(), user.username(), user.role(), hash, user.createdAt()));
    }

    @Override
    public synchronized List<User> listAfter(long afterId, int limit) {
        return byId.tailMap(afterId, false).values().stream().limit(limit).toList();
    }

    /** Keeps the later time: a clock that stepped back must not accept tokens that were refused. */
    @Override
    public synchronized void setTokensNotBefore(UserId id, Instant notBefore) {
        if (byId.containsKey(id.value())) {
            tokensNotBefore.merge(id, notBefore, (old, fresh) -> fresh.isAfter(old) ? fresh : old);
        }
    }

    @Override
    public synchronized Map<UserId, Instant> tokensNotBeforeLaterThan(Instant after) {
        return tokensNotBefore.entrySet().stream()
                .filter(entry -> entry.getValue().isAfter(after))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
