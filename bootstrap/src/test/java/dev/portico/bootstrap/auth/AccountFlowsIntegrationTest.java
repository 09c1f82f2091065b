package dev.portico.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.bootstrap.PorticoConfiguration;
import dev.portico.bootstrap.support.Accounts;
import dev.portico.bootstrap.support.Http;
import dev.portico.bootstrap.support.TestApps;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Register, login, refresh rotation with reuse detection, logout and logout-all, against SQLite. */
@ExtendWith(DropwizardExtensionsSupport.class)
class AccountFlowsIntegrationTest {

    static final DropwizardAppExtension<PorticoConfiguration> APP =
            TestApps.withSqlite(ConfigOverride.config("rateLimits.auth.limit", "10000"));

    private static Http http;
    private static Accounts accounts;

    @BeforeAll
    static void connect() {
        http = new Http(APP.getLocalPort());
        accounts = new Accounts(http);
    }

    @Nested
    class Register {

        @Test
        void givenGoodCredentials_register_answers201WithTheAccountInLowerCase() {
            String name = Accounts.uniqueName("Mixed");
            Http.Reply reply = http.postJson("/api/v1/auth/register", Accounts.credentials(name, Accounts.PASSWORD));

            assertThat(reply.status()).isEqualTo(201);
            JsonNode user = reply.json();
            assertThat(user.path("username").asText()).isEqualTo(name.toLowerCase());
            assertThat(user.path("role").asText()).isEqualTo("user");
            assertThat(user.path("id").asLong()).isPositive();
            assertThat(user.path("created_at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
            assertThat(user.has("password")).isFalse();
            assertThat(user.has("password_hash")).isFalse();
            assertThat(user.size()).isEqualTo(4);
        }

        @Test
        void givenATakenUsernameInAnotherCase_register_answers409OnUsername() {
            String name = Accounts.uniqueName("taken");
            accounts.register(name);

            http.postJson("/api/v1/auth/register", Accounts.credentials(name.toUpperCase(), Accounts.PASSWORD))
                    .assertError(409, "CONFLICT", "username");
        }

        @Test
        void givenAWeakPassword_register_answers400OnPasswordSayingWhatToChange() {
            Http.Reply reply = http.postJson("/api/v1/auth/register",
                    Accounts.credentials(Accounts.uniqueName("weak"), "password1234"))
                    .assertError(400, "VALIDATION_ERROR", "password");

            assertThat(reply.json().path("error").path("message").asText()).startsWith("Password is too easy to guess");
        }

        @Test
        void givenAShortPassword_register_answers400NamingTheMinimum() {
            Http.Reply reply = http.postJson("/api/v1/auth/register",
                    Accounts.credentials(Accounts.uniqueName("short"), "Zq8#short"))
                    .assertError(400, "VALIDATION_ERROR", "password");

            assertThat(reply.json().path("error").path("message").asText()).contains("12");
        }

        @Test
        void givenAPasswordContainingTheUsername_register_answers400() {
            String name = Accounts.uniqueName("echo");
            Http.Reply reply = http.postJson("/api/v1/auth/register",
                    Accounts.credentials(name, "Zq8#" + name.toUpperCase() + "-Harbor"))
                    .assertError(400, "VALIDATION_ERROR", "password");

            assertThat(reply.json().path("error").path("message").asText()).contains("username");
        }

        @Test
        void givenABadUsername_register_answers400OnUsername() {
            http.postJson("/api/v1/auth/register", Accounts.credentials("a b", Accounts.PASSWORD))
                    .assertError(400, "VALIDATION_ERROR", "username");
        }

        @Test
        void givenARoleField_register_refusesTheMassAssignment() {
            http.postJson("/api/v1/auth/register", "{\"username\":\"" + Accounts.uniqueName("sneaky")
                            + "\",\"password\":\"" + Accounts.PASSWORD + "\",\"role\":\"admin\"}")
                    .assertError(400, "VALIDATION_ERROR", "role");
        }

        @Test
        void givenANumberForTheUsername_register_answers400OnUsername() {
            http.postJson("/api/v1/auth/register", "{\"username\":123,\"password\":\"" + Accounts.PASSWORD + "\"}")
                    .assertError(400, "VALIDATION_ERROR", "username");
        }

        @Test
        void givenNoPassword_register_answers400OnPassword() {
            http.postJson("/api/v1/auth/register", "{\"username\":\"" + Accounts.uniqueName("nopass") + "\"}")
                    .assertError(400, "VALIDATION_ERROR", "password");
        }
    }

    @Nested
    class Login {

        @Test
        void givenGoodCredentials_login_returnsThePairAndTheCookie() {
            String name = Accounts.uniqueName("login");
            accounts.register(name);
            Http.Reply reply = http.postJson("/api/v1/auth/login", Accounts.credentials(name, Accounts.PASSWORD));

            assertThat(reply.status()).isEqualTo(200);
            JsonNode pair = reply.json();
            assertThat(pair.path("token_type").asText()).isEqualTo("Bearer");
            assertThat(pair.path("expires_in").asLong()).isBetween(899L, 901L);
            assertThat(pair.path("refresh_expires_in").asLong()).isBetween(604799L, 604801L);
            assertThat(pair.path("access_token").asText()).isNotBlank();
            String cookie = reply.header("Set-Cookie");
            assertThat(cookie).startsWith("refresh_token=" + pair.path("refresh_token").asText() + ";")
                    .contains("HttpOnly", "SameSite=Strict", "Path=/api/v1/auth", "Secure", "Max-Age=604");
            assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        }

        @Test
        void anUnknownUserAndAWrongPassword_getTheSameStatusCodeAndMessage() {
            String name = Accounts.uniqueName("known");
            accounts.register(name);

            Http.Reply wrongPassword = http.postJson("/api/v1/auth/login",
                    Accounts.credentials(name, "Not-The-Password-99")).assertError(401, "INVALID_CREDENTIALS", null);
            Http.Reply unknownUser = http.postJson("/api/v1/auth/login",
                    Accounts.credentials(Accounts.uniqueName("ghost"), "Not-The-Password-99"))
                    .assertError(401, "INVALID_CREDENTIALS", null);

            assertThat(unknownUser.json().path("error").path("message").asText())
                    .isEqualTo(wrongPassword.json().path("error").path("message").asText())
                    .isEqualTo("Username or password is incorrect");
            assertThat(unknownUser.header("WWW-Authenticate")).isEqualTo(wrongPassword.header("WWW-Authenticate"));
        }

        @Test
        void theUsernameIsCaseInsensitive() {
            String name = Accounts.uniqueName("case");
            accounts.register(name);

            assertThat(http.postJson("/api/v1/auth/login", Accounts.credentials(name.toUpperCase(), Accounts.PASSWORD))
                    .status()).isEqualTo(200);
        }
    }

    @Nested
    class Refresh {

        @Test
        void aRefresh_rotatesTheTokenAndTheNewAccessTokenWorks() {
            JsonNode first = accounts.newLoggedInUser();
            Http.Reply reply = accounts.refresh(first.path("refresh_token").asText());

            assertThat(reply.status()).isEqualTo(200);
            JsonNode second = reply.json();
            assertThat(second.path("refresh_token").asText()).isNotEqualTo(first.path("refresh_token").asText());
            assertThat(reply.header("Set-Cookie")).startsWith("refresh_token=" + second.path("refresh_token").asText());
            assertThat(accounts.me(second.path("access_token").asText()).status()).isEqualTo(200);
        }

        @Test
        void replayingARotatedToken_isRefused_andRevokesTheNewestTokenOfTheFamily() {
            JsonNode first = accounts.newLoggedInUser();
            String newest = accounts.refresh(first.path("refresh_token").asText()).json().path("refresh_token").asText();

            accounts.refresh(first.path("refresh_token").asText()).assertError(401, "AUTH_REQUIRED", null);
            accounts.refresh(newest).assertError(401, "AUTH_REQUIRED", null);
        }

        @Test
        void twoConcurrentRefreshesWithOneToken_atMostOneSucceeds() throws Exception {
            String token = accounts.newLoggedInUser().path("refresh_token").asText();
            int attempts = 8;
            ExecutorService pool = Executors.newFixedThreadPool(attempts);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return accounts.refresh(token).status();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                results.add(status.get());
            }
            pool.shutdown();

            assertThat(results).filteredOn(status -> status == 200).hasSizeLessThanOrEqualTo(1);
            assertThat(results).filteredOn(status -> status != 200).allMatch(status -> status == 401);
        }

        @Test
        void theCookieAlone_isEnoughToRefresh() {
            String token = accounts.newLoggedInUser().path("refresh_token").asText();
            Http.Reply reply = http.send(http.request("/api/v1/auth/refresh")
                    .header("Cookie", "refresh_token=" + token).POST(HttpRequest.BodyPublishers.noBody()));

            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        }

        @Test
        void noTokenAnywhere_isA400OnRefreshToken() {
            http.send(http.request("/api/v1/auth/refresh").POST(HttpRequest.BodyPublishers.noBody()))
                    .assertError(400, "VALIDATION_ERROR", "refresh_token");
        }

        @Test
        void aRefreshAfterLogout_isRefused() {
            JsonNode pair = accounts.newLoggedInUser();
            Http.Reply logout = accounts.postWithBearer("/api/v1/auth/logout", pair.path("access_token").asText(),
                    "{\"refresh_token\":\"" + pair.path("refresh_token").asText() + "\"}");

            assertThat(logout.status()).isEqualTo(204);
            assertThat(logout.header("Set-Cookie")).startsWith("refresh_token=;").contains("Max-Age=0");
            accounts.refresh(pair.path("refresh_token").asText()).assertError(401, "AUTH_REQUIRED", null);
        }

        @Test
        void loggingOutWithAnotherUsersRefreshToken_leavesTheirLoginIntact() {
            JsonNode victim = accounts.newLoggedInUser();
            JsonNode attacker = accounts.newLoggedInUser();

            accounts.postWithBearer("/api/v1/auth/logout", attacker.path("access_token").asText(),
                    "{\"refresh_token\":\"" + victim.path("refresh_token").asText() + "\"}");

            assertThat(accounts.refresh(victim.path("refresh_token").asText()).status()).isEqualTo(200);
        }
    }

    @Nested
    class LogoutAll {

        @Test
        void afterLogoutAll_theOldAccessAndRefreshTokensFail_andAFreshLoginWorksAtOnce() {
            String name = Accounts.uniqueName("everywhere");
            accounts.register(name);
            JsonNode laptop = accounts.login(name);
            JsonNode phone = accounts.login(name);

            Http.Reply reply = accounts.postWithBearer("/api/v1/auth/logout-all", laptop.path("access_token").asText(), null);

            assertThat(reply.status()).isEqualTo(204);
            accounts.me(laptop.path("access_token").asText()).assertError(401, "AUTH_REQUIRED", null);
            accounts.me(phone.path("access_token").asText()).assertError(401, "AUTH_REQUIRED", null);
            accounts.refresh(phone.path("refresh_token").asText()).assertError(401, "AUTH_REQUIRED", null);
            JsonNode fresh = accounts.login(name);
            assertThat(accounts.me(fresh.path("access_token").asText()).status()).isEqualTo(200);
        }
    }

    @Nested
    class Me {

        @Test
        void me_returnsTheAccountWithTheRateLimitFields() {
            String name = Accounts.uniqueName("me");
            long id = accounts.register(name);
            Http.Reply reply = accounts.me(accounts.login(name).path("access_token").asText());

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().path("id").asLong()).isEqualTo(id);
            assertThat(reply.json().path("username").asText()).isEqualTo(name);
            assertThat(reply.header("RateLimit-Policy")).isEqualTo("\"default\";q=600;w=60");
            assertThat(reply.header("RateLimit")).matches("\"default\";r=599;t=\\d+");
        }
    }
}
