package dev.portico.adapters.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.link.port.LinkStore;
import dev.portico.application.link.port.VisitLogContract;
import dev.portico.domain.link.Link;
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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteVisitLogTest extends VisitLogContract {

    private static final Instant NOW = Instant.parse("2025-03-01T23:59:59.999Z");

    @RegisterExtension
    final SqliteTestDatabase database = SqliteTestDatabase.withProductionSchema();
    private int userCount;

    @Override
    protected Stores newStores() {
        return new Stores(new SqliteLinkStore(database.schemaWriter(), database.reader()),
                new SqliteVisitLog(database.schemaWriter(), database.reader()));
    }

    @Override
    protected UserId existingUser(Stores stores) {
        userCount++;
        return new SqliteUserStore(database.schemaWriter(), database.reader())
                .create(new NewUser(new Username("user-" + userCount), Role.USER, new PasswordHash("test$hash"), NOW))
                .id();
    }

    private Link storedLink(Stores stores) {
        NewLink link = new NewLink(new ShortCode("visited"), existingUser(stores), new TargetUrl("https://example.com/"),
                NOW, null, null, RedirectStatus.FOUND);
        return ((LinkStore.Inserted) stores.links().insert(link, Optional.empty())).link();
    }

    private String queryString(String sql) {
        return database.reader().withHandle(handle -> handle.createQuery(sql).mapTo(String.class).one());
    }

    @Test
    void givenAVisit_itsRow_holdsTheTimeInMillisecondsAndTheUtcDay() {
        Stores stores = newStores();
        Link link = storedLink(stores);

        stores.visits().append(List.of(new Visit(link.id(), NOW, "example.org", "Agent/1.0")));

        assertThat(queryString("SELECT at || ' ' || day || ' ' || referrer_host || ' ' || user_agent FROM visits"))
                .isEqualTo(NOW.toEpochMilli() + " 2025-03-01 example.org Agent/1.0");
    }

    @Test
    void givenAFailingInsert_append_storesAndCountsNothingAndItsErrorNamesNoUserAgent() {
        Stores stores = newStores();
        Link link = storedLink(stores);
        database.schemaWriter().useHandle(handle -> handle.execute(
                "CREATE TRIGGER refuse_visits BEFORE INSERT ON visits BEGIN SELECT RAISE(ABORT, 'refused'); END"));

        assertThatThrownBy(() -> stores.visits().append(List.of(new Visit(link.id(), NOW, null, "Secret-Agent/7"))))
                .hasMessageContaining("INSERT INTO visits")
                .hasMessageNotContaining("Secret-Agent");
        assertThat(stores.visits().countFor(link.id())).isZero();
    }
}
