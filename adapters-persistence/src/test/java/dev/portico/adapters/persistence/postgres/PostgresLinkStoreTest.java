package dev.portico.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.link.port.IdempotencyKeys;
import dev.portico.application.link.port.LinkStoreContract;
import dev.portico.application.link.port.LinkWriter;
import dev.portico.domain.link.NewLink;
import dev.portico.domain.link.RedirectStatus;
import dev.portico.domain.link.ShortCode;
import dev.portico.domain.link.TargetUrl;
import dev.portico.domain.link.Visit;
import dev.portico.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL store, held to the contract of each link port it implements, and what only its tables show. */
class PostgresLinkStoreTest extends LinkStoreContract<PostgresLinkStore> {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30.123Z");

    @RegisterExtension
    static final PostgresTestDatabase database = PostgresTestDatabase.migrated();
    private final TestUsers users = new TestUsers(database);

    @Override
    protected PostgresLinkStore newStore() {
        return database.storage().links();
    }

    @Override
    protected UserId existingUser(PostgresLinkStore store) {
        return users.existing();
    }

    private static NewLink link(String code, UserId owner) {
        return new NewLink(new ShortCode(code), owner, new TargetUrl("https://secret.example/private-path"), NOW,
                Duration.ofMinutes(10), null, RedirectStatus.FOUND);
    }

    @Test
    void givenALink_itsRow_holdsTheLifetimeInSecondsAndTheTimesInMilliseconds() {
        newStore().insert(link("stored", users.existing()), Optional.empty());

        assertThat(database.queryLong("SELECT expires_in FROM links")).isEqualTo(600);
        assertThat(database.queryString("SELECT created_at || ' ' || expires_at FROM links"))
                .isEqualTo(NOW.toEpochMilli() + " " + NOW.plusSeconds(600).toEpochMilli());
    }

    @Test
    void givenAUserWithLinksAndKeys_deletingTheUser_deletesThemWithTheirVisits() {
        PostgresLinkStore store = newStore();
        UserId user = users.existing();
        LinkWriter.Inserted inserted = (LinkWriter.Inserted) store.insert(link("owned", user),
                Optional.of(new IdempotencyKeys.IdempotencyClaim("key", "hash", NOW)));
        database.storage().visits().append(List.of(new Visit(inserted.link().id(), NOW, "example.org", "Agent")));

        database.jdbi().useHandle(handle -> handle.execute("DELETE FROM users WHERE id = ?", user.value()));

        assertThat(database.queryLong("SELECT count(*) FROM links")).isZero();
        assertThat(database.queryLong("SELECT count(*) FROM visits")).isZero();
        assertThat(database.queryLong("SELECT count(*) FROM idempotency_keys")).isZero();
    }

    @Test
    void givenALinkOfAnUnknownOwner_insert_isRefusedWithAnErrorThatNamesTheSqlButNotTheTarget() {
        PostgresLinkStore store = newStore();

        assertThatThrownBy(() -> store.insert(link("orphan", new UserId(999_999)), Optional.empty()))
                .hasMessageContaining("links_owner_id_fkey")
                .hasMessageContaining("INSERT INTO links")
                .hasMessageNotContaining("secret.example");
        assertThat(database.queryLong("SELECT count(*) FROM links")).isZero();
    }
}
