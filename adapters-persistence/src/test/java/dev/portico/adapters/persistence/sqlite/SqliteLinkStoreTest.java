package dev.portico.adapters.persistence.sqlite;

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
import dev.portico.domain.user.NewUser;
import dev.portico.domain.user.PasswordHash;
import dev.portico.domain.user.Role;
import dev.portico.domain.user.UserId;
import dev.portico.domain.user.Username;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SQLite store, held to the contract of each link port it implements, and what only its tables show. */
class SqliteLinkStoreTest extends LinkStoreContract<SqliteLinkStore> {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30.123Z");

    @RegisterExtension
    final SqliteTestDatabase database = SqliteTestDatabase.withProductionSchema();
    private int userCount;

    private UserId existingUser() {
        userCount++;
        return new SqliteUserStore(database.schemaWriter(), database.reader())
                .create(new NewUser(new Username("user-" + userCount), Role.USER, new PasswordHash("test$hash"), NOW))
                .id();
    }

    @Override
    protected SqliteLinkStore newStore() {
        return new SqliteLinkStore(database.schemaWriter(), database.reader());
    }

    @Override
    protected UserId existingUser(SqliteLinkStore store) {
        return existingUser();
    }

    private int count(String sql) {
        return database.reader().withHandle(handle -> handle.createQuery(sql).mapTo(Integer.class).one());
    }

    private String queryString(String sql) {
        return database.reader().withHandle(handle -> handle.createQuery(sql).mapTo(String.class).one());
    }

    private static NewLink link(String code, UserId owner) {
        return new NewLink(new ShortCode(code), owner, new TargetUrl("https://secret.example/private-path"), NOW,
                Duration.ofMinutes(10), null, RedirectStatus.FOUND);
    }

    @Test
    void givenALink_itsRow_holdsTheLifetimeInSecondsAndTheTimesInMilliseconds() {
        SqliteLinkStore store = newStore();
        store.insert(link("stored", existingUser()), Optional.empty());

        assertThat(count("SELECT expires_in FROM links")).isEqualTo(600);
        assertThat(queryString("SELECT created_at || ' ' || expires_at FROM links"))
                .isEqualTo(NOW.toEpochMilli() + " " + NOW.plusSeconds(600).toEpochMilli());
    }

    @Test
    void givenAUserWithLinksAndKeys_deletingTheUser_deletesThemWithTheirVisits() {
        SqliteLinkStore store = newStore();
        UserId user = existingUser();
        LinkWriter.Inserted inserted = (LinkWriter.Inserted) store.insert(link("owned", user),
                Optional.of(new IdempotencyKeys.IdempotencyClaim("key", "hash", NOW)));
        new SqliteVisitLog(database.schemaWriter(), database.reader())
                .append(List.of(new Visit(inserted.link().id(), NOW, "example.org", "Agent")));

        database.schemaWriter().useHandle(handle -> handle.execute("DELETE FROM users WHERE id = ?", user.value()));

        assertThat(count("SELECT count(*) FROM links")).isZero();
        assertThat(count("SELECT count(*) FROM visits")).isZero();
        assertThat(count("SELECT count(*) FROM idempotency_keys")).isZero();
    }

    @Test
    void givenALinkOfAnUnknownOwner_insert_isRefusedWithAnErrorThatNamesTheSqlButNotTheTarget() {
        SqliteLinkStore store = newStore();

        assertThatThrownBy(() -> store.insert(link("orphan", new UserId(999_999)), Optional.empty()))
                .hasMessageContaining("FOREIGN KEY")
                .hasMessageContaining("INSERT INTO links")
                .hasMessageNotContaining("secret.example");
        assertThat(count("SELECT count(*) FROM links")).isZero();
    }
}
