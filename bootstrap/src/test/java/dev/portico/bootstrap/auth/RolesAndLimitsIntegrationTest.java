package dev.portico.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.application.user.support.PasswordHashing;
import dev.portico.bootstrap.PorticoConfiguration;
import dev.portico.bootstrap.security.Passwords;
import dev.portico.bootstrap.storage.StorageFactory;
import dev.portico.bootstrap.support.Accounts;
import dev.portico.bootstrap.support.Http;
import dev.portico.bootstrap.support.TestApps;
import dev.portico.domain.user.NewUser;
import dev.portico.domain.user.Password;
import dev.portico.domain.user.Role;
import dev.portico.domain.user.Username;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shipped per-IP limit of 5 logins a minute, a per-user API limit lowered to 3, and the admin
 * role. The app trusts 127.0.0.1 as a proxy, so each test speaks as its own client address through
 * X-Forwarded-For and the tests do not share a quota.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class RolesAndLimitsIntegrationTest {

    static final DropwizardAppExtension<PorticoConfiguration> APP = TestApps.withSqlite(
            ConfigOverride.config("rateLimits.api.limit", "3"),
            ConfigOverride.config("rateLimits.trustedProxies", "127.0.0.1"));

    private static Http http;

    @BeforeAll
    static void connect() {
        http = new Http(APP.getLocalPort());
    }

    private static Http.Reply post(String path, String clientIp, String body) {
        return http.send(http.request(path).header("Content-Type", "application/json")
                .header("X-Forwarded-For", clientIp).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static Http.Reply get(String path, String accessToken) {
        return http.send(http.request(path).header("Authorization", "Bearer " + accessToken).GET());
    }

    private static String registerAndLogin(String clientIp, String username) {
        assertThat(post("/api/v1/auth/register", clientIp, Accounts.credentials(username, Accounts.PASSWORD)).status())
                .isEqualTo(201);
        Http.Reply login = post("/api/v1/auth/login", clientIp, Accounts.credentials(username, Accounts.PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        return login.json().path("access_token").asText();
    }

    @Test
    void theSixthLoginInAMinuteFromOneIp_isRefusedWith429AndTheRateLimitFields() {
        String client = "203.0.113.6";
        for (int attempt = 1; attempt <= 5; attempt++) {
            Http.Reply reply = post("/api/v1/auth/login", client, Accounts.credentials("nobody-here", "Wrong-Password-123"));
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.header("RateLimit-Policy")).isEqualTo("\"default\";q=5;w=60");
            assertThat(reply.header("RateLimit")).matches("\"default\";r=" + (5 - attempt) + ";t=\\d+");
        }

        Http.Reply sixth = post("/api/v1/auth/login", client, Accounts.credentials("nobody-here", "Wrong-Password-123"))
                .assertError(429, "RATE_LIMITED", null);

        assertThat(Long.parseLong(sixth.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(sixth.header("RateLimit-Policy")).isEqualTo("\"default\";q=5;w=60");
        assertThat(sixth.header("RateLimit")).matches("\"default\";r=0;t=\\d+");
        assertThat(post("/api/v1/auth/login", "203.0.113.66", Accounts.credentials("nobody-here", "Wrong-Password-123"))
                .status()).as("another client keeps its own quota").isEqualTo(401);
    }

    @Test
    void aRefusalDecidedBeforeTheBodyArrived_stillKeepsTheConnectionForTheNextRequest() throws Exception {
        byte[] body = Accounts.credentials("nobody-here", "Wrong-Password-123").getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "X-Forwarded-For: 203.0.113.11\r\nContent-Length: " + body.length + "\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", APP.getLocalPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            for (int attempt = 1; attempt <= 7; attempt++) {
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(50);
                out.write(body);
                out.flush();
                assertThat(statusOf(in)).as("attempt %d on one connection", attempt).isEqualTo(attempt <= 5 ? 401 : 429);
            }
        }
    }

    /** Reads one response (status line, headers, a Content-Length body) and returns its status. */
    private static int statusOf(InputStream in) throws IOException {
        StringBuilder headers = new StringBuilder();
        while (!headers.toString().endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new EOFException("the server closed the connection after: " + headers);
            }
            headers.append((char) next);
        }
        Matcher length = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(headers);
        in.readNBytes(length.find() ? Integer.parseInt(length.group(1)) : 0);
        return Integer.parseInt(headers.substring(9, 12));
    }

    @Test
    void registerSharesTheLoginQuotaOfTheIp() {
        String client = "203.0.113.7";
        for (int attempt = 0; attempt < 5; attempt++) {
            post("/api/v1/auth/register", client, "{\"username\":\"x\",\"password\":\"y\"}");
        }

        post("/api/v1/auth/login", client, Accounts.credentials("nobody-here", "Wrong-Password-123"))
                .assertError(429, "RATE_LIMITED", null);
    }

    @Test
    void thePerUserApiLimit_refusesTheFourthCall_andFailedAuthenticationsCostNothing() {
        String token = registerAndLogin("203.0.113.8", Accounts.uniqueName("busy"));
        for (int i = 0; i < 5; i++) {
            get("/api/v1/auth/me", token + "x").assertError(401, "AUTH_REQUIRED", null);
        }
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/v1/auth/me", token).status()).isEqualTo(200);
        }

        Http.Reply fourth = get("/api/v1/auth/me", token).assertError(429, "RATE_LIMITED", null);

        assertThat(fourth.header("Retry-After")).isNotBlank();
        assertThat(fourth.header("RateLimit-Policy")).isEqualTo("\"default\";q=3;w=60");
    }

    @Test
    void anAdminOnlyRoute_isForbiddenToAUser_andOpenToAnAdmin() {
        String userToken = registerAndLogin("203.0.113.9", Accounts.uniqueName("plain"));
        String adminName = Accounts.uniqueName("root");
        createAdmin(adminName);
        Http.Reply adminLogin = post("/api/v1/auth/login", "203.0.113.10", Accounts.credentials(adminName, Accounts.PASSWORD));
        String adminToken = adminLogin.json().path("access_token").asText();

        get("/api/v1/admin/users", userToken).assertError(403, "FORBIDDEN", null);
        http.get("/api/v1/admin/users").assertError(401, "AUTH_REQUIRED", null);
        Http.Reply list = get("/api/v1/admin/users?limit=1", adminToken);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        JsonNode page = list.json();
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("next_cursor").asText()).isNotBlank();
        get("/api/v1/admin/users?limit=0", adminToken).assertError(400, "VALIDATION_ERROR", "limit");
        get("/api/v1/admin/users?cursor=bogus", adminToken).assertError(400, "VALIDATION_ERROR", "cursor");
    }

    private static void createAdmin(String name) {
        PorticoConfiguration config = APP.getConfiguration();
        Path file = StorageFactory.databaseFile(config.getDatabase());
        Jdbi writer = StorageFactory.unpooledJdbi(file, config.getDatabase(), true);
        Jdbi reader = StorageFactory.unpooledJdbi(file, config.getDatabase(), false);
        try (PasswordHashing hashing = Passwords.hashing(config.getPasswords())) {
            StorageFactory.sqliteStorage(writer, reader).users().create(new NewUser(
                    Username.of(name), Role.ADMIN, hashing.hash(new Password(Accounts.PASSWORD)), Instant.now()));
        }
    }
}
