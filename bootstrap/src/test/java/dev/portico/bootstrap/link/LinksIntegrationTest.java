package dev.portico.bootstrap.link;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.bootstrap.PorticoConfiguration;
import dev.portico.bootstrap.support.Http;
import dev.portico.bootstrap.support.Links;
import dev.portico.bootstrap.support.TestApplication;
import dev.portico.bootstrap.support.TestApps;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The link API and the redirect against the real app on SQLite. */
@ExtendWith(DropwizardExtensionsSupport.class)
class LinksIntegrationTest {

    static final DropwizardAppExtension<PorticoConfiguration> APP = TestApps.withSqlite(
            ConfigOverride.config("rateLimits.auth.limit", "10000"),
            ConfigOverride.config("rateLimits.shorten.limit", "10000"),
            ConfigOverride.config("publicBaseUrl", "https://sho.rt"),
            ConfigOverride.config("visits.flushInterval", "50ms"));

    private static Http http;
    private static Links alice;

    @BeforeAll
    static void connect() {
        http = new Http(APP.getLocalPort());
        alice = Links.newUser(http);
    }

    @AfterEach
    void resetClock() {
        TestApplication.CLOCK.reset();
    }

    private static Http.Reply follow(String code) {
        return http.send(http.request("/s/" + code).header("Referer", "https://news.ycombinator.com/item?id=1")
                .header("User-Agent", "integration-test").GET());
    }

    private static JsonNode awaitVisits(Links owner, String code, long expected) throws InterruptedException {
        JsonNode link = null;
        for (int i = 0; i < 100; i++) {
            link = owner.get("/api/v1/links/" + code).json();
            if (link.path("visits").asLong() == expected) {
                return link;
            }
            Thread.sleep(20);
        }
        return link;
    }

    @Nested
    class Shorten {

        @Test
        void givenAUrl_shorten_answers201WithTheLinkLocationAndEtag() {
            Http.Reply reply = alice.shorten("{\"url\":\"https://example.com/long-article-path\"}");

            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            JsonNode link = reply.json();
            String code = link.path("code").asText();
            assertThat(code).matches("[0-9A-Za-z]{7}");
            assertThat(link.path("short_url").asText()).isEqualTo("https://sho.rt/s/" + code);
            assertThat(link.path("url").asText()).isEqualTo("https://example.com/long-article-path");
            assertThat(link.path("redirect_status").asInt()).isEqualTo(302);
            assertThat(link.path("visits").asLong()).isZero();
            assertThat(link.has("expires_at")).isTrue();
            assertThat(link.path("expires_at").isNull()).isTrue();
            assertThat(link.path("max_visits").isNull()).isTrue();
            assertThat(reply.header("Location")).isEqualTo("/api/v1/links/" + code);
            assertThat(reply.header("ETag")).isEqualTo("\"1\"");
            assertThat(reply.header("RateLimit-Policy")).isEqualTo("\"default\";q=10000;w=60");
        }

        @ParameterizedTest
        @ValueSource(strings = {"javascript:alert(1)", "data:text/html,hi", "file:///etc/passwd", "ftp://example.com/x",
            "https://", "https://bank.com@evil.example/", "https://sho.rt/s/abc", "http://127.0.0.1/", "http://[::1]/",
            "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data", "http://localhost:8080/", "http://0x7f000001/"})
        void refusedTargets_areA400OnUrl(String url) {
            alice.shorten("{\"url\":\"" + url + "\"}").assertError(400, "VALIDATION_ERROR", "url");
        }

        @Test
        void aTargetOf2049Characters_isRefused_and2048Accepted() {
            String base = "https://example.com/";
            String ok = base + "a".repeat(2048 - base.length());

            alice.shorten("{\"url\":\"" + ok + "a\"}").assertError(400, "VALIDATION_ERROR", "url");
            assertThat(alice.shorten("{\"url\":\"" + ok + "\"}").status()).isEqualTo(201);
        }

        @ParameterizedTest
        @CsvSource({"ab, 400", "bad code, 400", "-dash, 400", "api, 400", "ADMIN, 400", "well-known, 400"})
        void badCustomCodes_areA400OnCustomCode(String code, int status) {
            alice.shorten("{\"url\":\"https://example.com/\",\"custom_code\":\"" + code + "\"}")
                    .assertError(status, "VALIDATION_ERROR", "custom_code");
        }

        @Test
        void aTakenCustomCode_isA409OnCustomCode_andCodesAreCaseSensitive() {
            assertThat(alice.shorten("{\"url\":\"https://example.com/\",\"custom_code\":\"Taken-1\"}").status()).isEqualTo(201);

            alice.shorten("{\"url\":\"https://example.com/other\",\"custom_code\":\"Taken-1\"}")
                    .assertError(409, "CONFLICT", "custom_code");
            assertThat(alice.shorten("{\"url\":\"https://example.com/\",\"custom_code\":\"taken-1\"}").status()).isEqualTo(201);
        }

        @Test
        void aHundredConcurrentClaimsOfOneCode_haveExactlyOneWinner() throws Exception {
            List<Links> users = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                users.add(Links.newUser(http));
            }
            ExecutorService pool = Executors.newFixedThreadPool(32);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                Links user = users.get(i % users.size());
                String body = "{\"url\":\"https://example.com/" + i + "\",\"custom_code\":\"contested\"}";
                statuses.add(pool.submit(() -> {
                    start.await();
                    return user.shorten(body).status();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                results.add(status.get());
            }
            pool.shutdown();

            assertThat(results).filteredOn(status -> status == 201).hasSize(1);
            assertThat(results).filteredOn(status -> status == 409).hasSize(99);
        }

        @ParameterizedTest
        @ValueSource(strings = {"owner_id", "visits", "code", "id"})
        void fieldsAClientMayNotSet_areA400NamingThem(String field) {
            alice.shorten("{\"url\":\"https://example.com/\",\"" + field + "\":1}")
                    .assertError(400, "VALIDATION_ERROR", field);
        }

        @ParameterizedTest
        @CsvSource({"expires_in, 59", "expires_in, 31536001", "max_visits, 0", "max_visits, 1000000001",
            "redirect_status, 303", "expires_in, '\"86400\"'", "max_visits, 1.5"})
        void outOfRangeOrMistypedOptions_areA400NamingTheField(String field, String value) {
            alice.shorten("{\"url\":\"https://example.com/\",\"" + field + "\":" + value + "}")
                    .assertError(400, "VALIDATION_ERROR", field);
        }

        @Test
        void withoutAToken_shortenIsA401() {
            http.postJson("/api/v1/shorten", "{\"url\":\"https://example.com/\"}").assertError(401, "AUTH_REQUIRED", null);
        }
    }

    @Nested
    class Idempotency {

        @Test
        void theSameKeyAndBody_returnTheFirstLink_withoutASecondRow() {
            Links bob = Links.newUser(http);
            String body = "{\"url\":\"https://example.com/once\"}";

            Http.Reply first = bob.shorten(body, "key-123");
            Http.Reply retry = bob.shorten(body, "key-123");

            assertThat(first.status()).isEqualTo(201);
            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.json().path("code").asText()).isEqualTo(first.json().path("code").asText());
            assertThat(bob.get("/api/v1/links").json().path("items")).hasSize(1);
        }

        @Test
        void theSameKeyWithAnotherBody_isA409() {
            Links bob = Links.newUser(http);
            bob.shorten("{\"url\":\"https://example.com/a\"}", "key-abc");

            bob.shorten("{\"url\":\"https://example.com/b\"}", "key-abc").assertError(409, "CONFLICT", "Idempotency-Key");
            assertThat(bob.get("/api/v1/links").json().path("items")).hasSize(1);
        }

        @Test
        void anotherUsersKey_doesNotCollide() {
            Links bob = Links.newUser(http);
            Links carol = Links.newUser(http);
            String body = "{\"url\":\"https://example.com/shared\"}";

            String bobs = bob.shorten(body, "same-key").json().path("code").asText();
            String carols = carol.shorten(body, "same-key").json().path("code").asText();

            assertThat(carols).isNotEqualTo(bobs);
        }

        @Test
        void aMalformedKey_isA400() {
            alice.shorten("{\"url\":\"https://example.com/\"}", "x".repeat(65))
                    .assertError(400, "VALIDATION_ERROR", "Idempotency-Key");
        }
    }

    @Nested
    class Redirect {

        @Test
        void followingALink_redirectsWithItsStatus_andCountsTheVisit() throws Exception {
            String code = alice.code("https://example.com/target");

            Http.Reply reply = follow(code);

            assertThat(reply.status()).isEqualTo(302);
            assertThat(reply.header("Location")).isEqualTo("https://example.com/target");
            assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
            assertThat(reply.header("X-Request-Id")).matches("req_[0-9a-f]{16}");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(awaitVisits(alice, code, 1).path("visits").asLong()).isEqualTo(1);
        }

        @ParameterizedTest
        @ValueSource(ints = {301, 307, 308})
        void aLinksOwnStatus_isUsed(int status) {
            String code = alice.shorten("{\"url\":\"https://example.com/s\",\"redirect_status\":" + status + "}")
                    .json().path("code").asText();

            assertThat(follow(code).status()).isEqualTo(status);
        }

        @Test
        void anUnknownCode_isA404Envelope() {
            http.get("/s/NoSuchCode").assertError(404, "NOT_FOUND", null);
            http.get("/s/").assertError(404, "NOT_FOUND", null);
            http.get("/s").assertError(404, "NOT_FOUND", null);
        }

        @Test
        void options_isA204WithAllow_fromTheServletBehindTheHandler() {
            Http.Reply reply = http.send(http.request("/s/anything").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

            assertThat(reply.status()).isEqualTo(204);
            assertThat(reply.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
            assertThat(reply.header("X-Request-Id")).isNotBlank();
        }

        @Test
        void anExpiredLink_isA410_butItsOwnerStillSeesIt() {
            String code = alice.shorten("{\"url\":\"https://example.com/soon\",\"expires_in\":60}").json().path("code").asText();
            assertThat(follow(code).status()).isEqualTo(302);

            TestApplication.CLOCK.advance(Duration.ofSeconds(61));

            follow(code).assertError(410, "GONE", null);
            assertThat(alice.get("/api/v1/links/" + code).status()).isEqualTo(200);
        }

        @Test
        void aLinkAtItsVisitLimit_isA410() {
            String code = alice.shorten("{\"url\":\"https://example.com/twice\",\"max_visits\":2}").json().path("code").asText();

            assertThat(follow(code).status()).isEqualTo(302);
            assertThat(follow(code).status()).isEqualTo(302);
            follow(code).assertError(410, "GONE", null);
        }

        @Test
        void raisingTheLimit_reopensTheLink_andAChangedTargetIsFollowedAtOnce() {
            String code = alice.shorten("{\"url\":\"https://example.com/old\",\"max_visits\":1}").json().path("code").asText();
            follow(code);
            follow(code).assertError(410, "GONE", null);

            Http.Reply patched = alice.patch(code, "{\"max_visits\":5,\"url\":\"https://example.com/new\"}", null);

            assertThat(patched.status()).as(patched.body()).isEqualTo(200);
            Http.Reply reply = follow(code);
            assertThat(reply.status()).isEqualTo(302);
            assertThat(reply.header("Location")).isEqualTo("https://example.com/new");
        }

        @Test
        void aDeletedLink_is404AtOnce() {
            String code = alice.code("https://example.com/gone");
            follow(code);

            assertThat(alice.delete(code).status()).isEqualTo(204);

            follow(code).assertError(404, "NOT_FOUND", null);
        }

        @Test
        void anotherMethod_isA405WithAllow() {
            String code = alice.code("https://example.com/m");
            Http.Reply reply = http.send(http.request("/s/" + code).POST(HttpRequest.BodyPublishers.noBody()))
                    .assertError(405, "METHOD_NOT_ALLOWED", null);

            assertThat(reply.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
            assertThat(reply.header("X-Request-Id")).isNotBlank();
        }
    }

    @Nested
    class Ownership {

        @Test
        void anotherUsersLink_is404ForEveryVerb_andNothingChanges() {
            String code = alice.code("https://example.com/private");
            Links mallory = Links.newUser(http);

            mallory.get("/api/v1/links/" + code).assertError(404, "NOT_FOUND", null);
            mallory.patch(code, "{\"url\":\"https://evil.example/\"}", null).assertError(404, "NOT_FOUND", null);
            mallory.delete(code).assertError(404, "NOT_FOUND", null);
            mallory.get("/api/v1/links/" + code + "/stats").assertError(404, "NOT_FOUND", null);
            assertThat(mallory.get("/api/v1/links").json().path("items")).isEmpty();

            JsonNode link = alice.get("/api/v1/links/" + code).json();
            assertThat(link.path("url").asText()).isEqualTo("https://example.com/private");
            assertThat(follow(code).header("Location")).isEqualTo("https://example.com/private");
        }

        @Test
        void listingEveryOwnersLinks_isForbiddenToAUser() {
            alice.get("/api/v1/links?all=true").assertError(403, "FORBIDDEN", null);
        }
    }

    @Nested
    class Editing {

        @Test
        void aPatchWithTheCurrentEtag_applies_andAStaleOneIsA412() {
            String code = alice.code("https://example.com/v1");
            String etag = alice.get("/api/v1/links/" + code).header("ETag");

            Http.Reply first = alice.patch(code, "{\"url\":\"https://example.com/v2\"}", etag);
            Http.Reply stale = alice.patch(code, "{\"url\":\"https://example.com/v3\"}", etag);

            assertThat(first.status()).isEqualTo(200);
            assertThat(first.header("ETag")).isEqualTo("\"2\"").isNotEqualTo(etag);
            stale.assertError(412, "PRECONDITION_FAILED", null);
            assertThat(alice.get("/api/v1/links/" + code).json().path("url").asText()).isEqualTo("https://example.com/v2");
        }

        @Test
        void nullRemovesAnExpiry_andUnknownOrMistypedFieldsAreRefused() {
            String code = alice.shorten("{\"url\":\"https://example.com/e\",\"expires_in\":3600}").json().path("code").asText();

            JsonNode cleared = alice.patch(code, "{\"expires_in\":null}", null).json();

            assertThat(cleared.path("expires_at").isNull()).isTrue();
            alice.patch(code, "{\"visits\":0}", null).assertError(400, "VALIDATION_ERROR", "visits");
            alice.patch(code, "{\"max_visits\":\"5\"}", null).assertError(400, "VALIDATION_ERROR", "max_visits");
            alice.patch(code, "{\"url\":\"http://10.1.2.3/\"}", null).assertError(400, "VALIDATION_ERROR", "url");
            alice.patch(code, "{}", null).assertError(400, "VALIDATION_ERROR", null);
        }
    }

    @Nested
    class Listing {

        @Test
        void pagesNeitherRepeatNorSkip_whileLinksAreAdded() {
            Links dave = Links.newUser(http);
            Set<String> created = new HashSet<>();
            for (int i = 0; i < 7; i++) {
                created.add(dave.code("https://example.com/p" + i));
            }
            List<String> seen = new ArrayList<>();
            String cursor = null;
            int page = 0;
            do {
                JsonNode body = dave.get("/api/v1/links?limit=3" + (cursor == null ? "" : "&cursor=" + cursor)).json();
                body.path("items").forEach(item -> seen.add(item.path("code").asText()));
                cursor = body.path("next_cursor").isNull() ? null : body.path("next_cursor").asText();
                if (page++ == 0) {
                    dave.code("https://example.com/added-while-paging");
                }
            } while (cursor != null);

            assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
        }

        @Test
        void badPagingParameters_areA400() {
            alice.get("/api/v1/links?limit=0").assertError(400, "VALIDATION_ERROR", "limit");
            alice.get("/api/v1/links?limit=101").assertError(400, "VALIDATION_ERROR", "limit");
            alice.get("/api/v1/links?cursor=%25%25").assertError(400, "VALIDATION_ERROR", "cursor");
            alice.get("/api/v1/links?cursor=bm9wZQ").assertError(400, "VALIDATION_ERROR", "cursor");
        }
    }

    @Nested
    class Stats {

        @Test
        void stats_countVisitsPerDayAndTopReferrers() throws Exception {
            String code = alice.code("https://example.com/counted");
            for (int i = 0; i < 3; i++) {
                follow(code);
            }
            awaitVisits(alice, code, 3);

            JsonNode stats = alice.get("/api/v1/links/" + code + "/stats?days=7").json();

            assertThat(stats.path("code").asText()).isEqualTo(code);
            assertThat(stats.path("total").asLong()).isEqualTo(3);
            assertThat(stats.path("daily")).hasSize(7);
            assertThat(stats.path("daily").get(6).path("visits").asLong()).isEqualTo(3);
            assertThat(stats.path("top_referrers").get(0).path("host").asText()).isEqualTo("news.ycombinator.com");
            assertThat(stats.path("top_referrers").get(0).path("visits").asLong()).isEqualTo(3);
        }

        @Test
        void daysOutOfRange_isA400() {
            String code = alice.code("https://example.com/d");
            alice.get("/api/v1/links/" + code + "/stats?days=367").assertError(400, "VALIDATION_ERROR", "days");
            alice.get("/api/v1/links/" + code + "/stats?days=0").assertError(400, "VALIDATION_ERROR", "days");
        }
    }
}
