package dev.portico.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.bootstrap.PorticoConfiguration;
import dev.portico.bootstrap.support.Accounts;
import dev.portico.bootstrap.support.Http;
import dev.portico.bootstrap.support.TestApps;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One hashing thread with one queue slot and a slow hash: a burst of logins gets 429 for whatever
 * does not fit, instead of queueing without bound, and the rest are answered normally.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class LoginFloodIntegrationTest {

    static final DropwizardAppExtension<PorticoConfiguration> APP = TestApps.withSqlite(
            ConfigOverride.config("rateLimits.auth.limit", "10000"),
            ConfigOverride.config("passwords.iterations", "1000000"),
            ConfigOverride.config("passwords.hashingThreads", "1"),
            ConfigOverride.config("passwords.hashingQueue", "1"));

    @Test
    void aBurstOfLogins_beyondTheHashingCapacity_gets429WithRetryAfter() throws Exception {
        Http http = new Http(APP.getLocalPort());
        int clients = 12;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            replies.add(pool.submit(() -> {
                start.await();
                return http.postJson("/api/v1/auth/login", Accounts.credentials("ghost", "Wrong-Password-123"));
            }));
        }
        start.countDown();
        List<Http.Reply> answered = new ArrayList<>();
        for (Future<Http.Reply> reply : replies) {
            answered.add(reply.get());
        }
        pool.shutdown();

        List<Http.Reply> refused = answered.stream().filter(reply -> reply.status() == 429).toList();
        assertThat(refused).isNotEmpty();
        refused.forEach(reply -> {
            reply.assertError(429, "RATE_LIMITED", null);
            assertThat(Long.parseLong(reply.header("Retry-After"))).isPositive();
        });
        assertThat(answered).filteredOn(reply -> reply.status() != 429)
                .isNotEmpty()
                .allSatisfy(reply -> reply.assertError(401, "INVALID_CREDENTIALS", null));
    }
}
