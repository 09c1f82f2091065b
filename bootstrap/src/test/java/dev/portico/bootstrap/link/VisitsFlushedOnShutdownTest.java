package dev.portico.bootstrap.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.adapters.persistence.sqlite.SqliteTestDatabase;
import dev.portico.bootstrap.PorticoConfiguration;
import dev.portico.bootstrap.support.Http;
import dev.portico.bootstrap.support.Links;
import dev.portico.bootstrap.support.TestApplication;
import dev.portico.bootstrap.support.TestApps;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Visits still queued when the server stops are written before the process lets go of the database. */
class VisitsFlushedOnShutdownTest {

    @Test
    void queuedVisits_areWrittenByACleanShutdown() throws Exception {
        Path database = TestApps.temporaryDatabase();
        DropwizardTestSupport<PorticoConfiguration> app = new DropwizardTestSupport<>(TestApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"),
                ConfigOverride.config("database.path", database.toString()),
                ConfigOverride.config("visits.flushInterval", "1h"));
        app.before();
        int redirects = 25;
        try {
            Http http = new Http(app.getLocalPort());
            String code = Links.newUser(http).code("https://example.com/flushed");
            for (int i = 0; i < redirects; i++) {
                assertThat(http.get("/s/" + code).status()).isEqualTo(302);
            }
        } finally {
            app.after();
        }

        Jdbi jdbi = SqliteTestDatabase.at(database).reader();
        long stored = jdbi.withHandle(handle -> handle.createQuery("SELECT count(*) FROM visits").mapTo(Long.class).one());
        long counted = jdbi.withHandle(handle -> handle.createQuery("SELECT visits FROM links").mapTo(Long.class).one());
        assertThat(stored).isEqualTo(redirects);
        assertThat(counted).isEqualTo(redirects);
    }
}
