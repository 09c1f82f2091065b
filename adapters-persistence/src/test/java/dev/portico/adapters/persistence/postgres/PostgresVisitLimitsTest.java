package dev.portico.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.application.link.port.LinkWriter;
import dev.portico.application.link.port.VisitLimitsContract;
import dev.portico.domain.link.Link;
import dev.portico.domain.link.NewLink;
import dev.portico.domain.link.RedirectStatus;
import dev.portico.domain.link.ShortCode;
import dev.portico.domain.link.TargetUrl;
import dev.portico.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresVisitLimitsTest extends VisitLimitsContract {

    private static final Instant NOW = Instant.parse("2025-03-10T12:00:00.000Z");

    @RegisterExtension
    static final PostgresTestDatabase database = PostgresTestDatabase.migrated();
    private final TestUsers users = new TestUsers(database);

    @Override
    protected Stores newStores() {
        PostgresStorage storage = database.storage();
        return new Stores(storage.links(), storage.visits(), storage.visitLimits());
    }

    @Override
    protected UserId existingUser(Stores stores) {
        return users.existing();
    }

    private Link limitedLink(long maxVisits) {
        NewLink link = new NewLink(new ShortCode("shared"), users.existing(), new TargetUrl("https://example.com/"),
                NOW, null, maxVisits, RedirectStatus.FOUND);
        return ((LinkWriter.Inserted) database.storage().links().insert(link, Optional.empty())).link();
    }

    /** Two instances: two pools, each with its own PostgresVisitLimits, eight threads on each. */
    @Test
    void givenTwoInstancesWithEightThreadsEach_aLimitOfFifty_letsExactlyFiftyThrough() throws Exception {
        Link link = limitedLink(50);
        PostgresTestServer.Database coordinates = database.database();
        try (PostgresStorage first = PostgresStorage.open(coordinates.settings(8, Duration.ofSeconds(10)));
             PostgresStorage second = PostgresStorage.open(coordinates.settings(8, Duration.ofSeconds(10)))) {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> futures = new ArrayList<>();
                for (int thread = 0; thread < 16; thread++) {
                    PostgresVisitLimits limits = (thread % 2 == 0 ? first : second).visitLimits();
                    Callable<Integer> task = () -> {
                        start.await();
                        int admitted = 0;
                        for (int i = 0; i < 10; i++) {
                            admitted += limits.tryCount(link) ? 1 : 0;
                        }
                        return admitted;
                    };
                    futures.add(pool.submit(task));
                }
                start.countDown();
                int admitted = 0;
                for (Future<Integer> future : futures) {
                    admitted += future.get(60, TimeUnit.SECONDS);
                }

                assertThat(admitted).isEqualTo(50);
                assertThat(database.queryLong("SELECT visits_admitted FROM links")).isEqualTo(50);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void givenALinkWhoseLimitWasLoweredElsewhere_tryCount_goesByTheStoredLimitNotTheOneItIsGiven() {
        Link link = limitedLink(10);
        assertThat(database.storage().visitLimits().tryCount(link)).isTrue();
        database.jdbi().useHandle(handle -> handle.execute("UPDATE links SET max_visits = 1"));

        assertThat(database.storage().visitLimits().tryCount(link)).as("the link still says 10").isFalse();
    }

    @Test
    void givenADeletedLink_tryCount_returnsFalse() {
        Link link = limitedLink(10);
        database.storage().links().delete(link.id());

        assertThat(database.storage().visitLimits().tryCount(link)).isFalse();
    }
}
