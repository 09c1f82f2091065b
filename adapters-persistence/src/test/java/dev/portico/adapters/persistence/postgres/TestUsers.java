package dev.portico.adapters.persistence.postgres;

import dev.portico.domain.user.NewUser;
import dev.portico.domain.user.PasswordHash;
import dev.portico.domain.user.Role;
import dev.portico.domain.user.UserId;
import dev.portico.domain.user.Username;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** Users that exist in a test database, for the stores whose rows need an owner. */
final class TestUsers {

    private static final Instant CREATED = Instant.parse("2025-03-01T10:15:30.123Z");

    private final PostgresTestDatabase database;
    private final AtomicInteger count = new AtomicInteger();

    TestUsers(PostgresTestDatabase database) {
        this.database = database;
    }

    UserId existing() {
        return database.storage().users()
                .create(new NewUser(new Username("user-" + count.incrementAndGet()), Role.USER,
                        new PasswordHash("test$hash"), CREATED))
                .id();
    }
}
