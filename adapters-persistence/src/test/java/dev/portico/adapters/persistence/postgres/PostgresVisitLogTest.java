package dev.portico.adapters.persistence.postgres;

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
import dev.portico.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresVisitLogTest extends VisitLogContract {

    private static final Instant NOW = Instant.parse("2025-03-01T23:59:59.999Z");

    @RegisterExtension
    static final PostgresTestDatabase database = PostgresTestDatabase.migrated();
    private final TestUsers users = new TestUsers(database);

    @Override
    protected Stores newStores() {
        return new Stores(database.storage().links(), database.storage().visits());
    }

    @Override
    protected UserId existingUser(Stores stores) {
        return users.existing();
    }

    private Link storedLink(Stores stores, String code) {
        NewLink link = new NewLink(new ShortCode(code), users.existing(), new TargetUrl("https://example.com/"),
                NOW, null, null, RedirectStatus.FOUND);
        return ((LinkStore.Inserted) stores.links().insert(link, Optional.empty())).link();
    }

    @Test
    void givenAVisit_itsRow_holdsTheTimeInMillisecondsAndTheUtcDay() {
        Stores stores = newStores();
        Link link = storedLink(stores, "visited");

        stores.visits().append(List.of(new Visit(link.id(), NOW, "example.org", "Agent/1.0")));

        assertThat(database.queryString("SELECT concat_ws(' ', at, day, referrer_host, user_agent) FROM visits"))
                .isEqualTo(NOW.toEpochMilli() + " 2025-03-01 example.org Agent/1.0");
    }

    @Test
    void givenABatchOfAThousandVisitsOfManyLinks_append_storesEveryRowAndEveryCount() {
        Stores stores = newStores();
        List<Link> links = List.of(storedLink(stores, "many-a"), storedLink(stores, "many-b"), storedLink(stores, "many-c"));
        List<Visit> batch = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            batch.add(new Visit(links.get(i % 3).id(), NOW, i % 2 == 0 ? null : "r" + i + ".example", "Agent"));
        }

        stores.visits().append(batch);

        assertThat(database.queryLong("SELECT count(*) FROM visits")).isEqualTo(1000);
        assertThat(stores.visits().countFor(links.get(0).id())).isEqualTo(334);
        assertThat(stores.visits().countFor(links.get(1).id())).isEqualTo(333);
        assertThat(stores.visits().countFor(links.get(2).id())).isEqualTo(333);
    }

    @Test
    void givenAFailingInsert_append_storesAndCountsNothingAndItsErrorNamesNoUserAgent() {
        Stores stores = newStores();
        Link link = storedLink(stores, "visited");
        database.jdbi().useHandle(handle -> handle.execute(
                "ALTER TABLE visits ADD CONSTRAINT refuse_visits CHECK (user_agent <> 'Secret-Agent/7')"));
        try {
            assertThatThrownBy(() -> stores.visits().append(
                    Collections.nCopies(3, new Visit(link.id(), NOW, null, "Secret-Agent/7"))))
                    .hasMessageContaining("INSERT INTO visits")
                    .hasMessageContaining("refuse_visits")
                    .hasMessageNotContaining("Secret-Agent");
            assertThat(stores.visits().countFor(link.id())).isZero();
            assertThat(database.queryLong("SELECT count(*) FROM visits")).isZero();
        } finally {
            database.jdbi().useHandle(handle -> handle.execute("ALTER TABLE visits DROP CONSTRAINT refuse_visits"));
        }
    }
}
