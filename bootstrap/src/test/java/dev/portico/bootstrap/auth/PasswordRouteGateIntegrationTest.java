package dev.portico.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import dev.portico.adapters.rest.auth.PasswordRouteGate;
import dev.portico.bootstrap.PorticoConfiguration;
import dev.portico.bootstrap.support.Accounts;
import dev.portico.bootstrap.support.Http;
import dev.portico.bootstrap.support.RawHttp;
import dev.portico.bootstrap.support.TestApps;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The refusals of login and register that the address alone decides are answered before the body
 * is read: each test sends the head of a request with a declared body and no body at all, and gets
 * its 429 while the server could not have parsed anything. Two logins per address a minute, one
 * hashing thread with one queue slot and a hash slow enough to hold them; 127.0.0.1 is a trusted
 * proxy, so each test speaks from its own address.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PasswordRouteGateIntegrationTest {

    static final DropwizardAppExtension<PorticoConfiguration> APP = TestApps.withSqlite(
            ConfigOverride.config("rateLimits.auth.limit", "2"),
            ConfigOverride.config("rateLimits.trustedProxies", "127.0.0.1"),
            ConfigOverride.config("cors.allowedOrigins", "https://app.example"),
            ConfigOverride.config("passwords.iterations", "1500000"),
            ConfigOverride.config("passwords.hashingThreads", "1"),
            ConfigOverride.config("passwords.hashingQueue", "1"));

    private static final String BAD_USERNAME = Accounts.credentials("x", Accounts.PASSWORD);
    private static final int DECLARED_LENGTH = 60;

    private static Http http;

    @BeforeAll
    static void connect() {
        http = new Http(APP.getLocalPort());
        // An unknown user's login waits for the decoy hash made at start-up, so the pool is idle after it.
        post("/api/v1/auth/login", "198.51.100.250", Accounts.credentials("nobody-warm-up", Accounts.PASSWORD))
                .assertError(401, "INVALID_CREDENTIALS", null);
    }

    @Test
    void anAddressOverItsLimit_isRefusedWithTheRateLimitFields_beforeItsBodyIsSent() throws IOException {
        String client = "198.51.100.1";
        exhaust(client);
        long before = meterCount(PasswordRouteGate.REFUSED_BY_LIMIT);

        try (Socket socket = open()) {
            RawHttp.Reply refused = headOnly(socket, "/api/v1/auth/login", client);

            refused.assertError(429, "RATE_LIMITED", null);
            assertThat(envelopeMessage(refused)).isEqualTo(
                    "Rate limit of 2 requests per 60 s exceeded; retry after the time in Retry-After");
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
            assertThat(refused.header("RateLimit-Policy")).isEqualTo("\"default\";q=2;w=60");
            assertThat(refused.header("RateLimit")).matches("\"default\";r=0;t=\\d+");
            assertThat(refused.header("Cache-Control")).isEqualTo("no-store");
            assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");

            sendBody(socket);
            assertThat(headOnly(socket, "/api/v1/auth/register", client).status())
                    .as("register, on the same connection once the dropped body has arrived").isEqualTo(429);
        }
        assertThat(meterCount(PasswordRouteGate.REFUSED_BY_LIMIT) - before).isEqualTo(2);
    }

    @Test
    void aRequestLetThrough_isChargedOnce() {
        String client = "198.51.100.2";

        Http.Reply first = post("/api/v1/auth/register", client, BAD_USERNAME);
        Http.Reply second = post("/api/v1/auth/register", client, BAD_USERNAME);

        first.assertError(400, "VALIDATION_ERROR", "username");
        assertThat(first.header("RateLimit")).startsWith("\"default\";r=1;");
        assertThat(second.header("RateLimit")).startsWith("\"default\";r=0;");
        post("/api/v1/auth/login", client, BAD_USERNAME).assertError(429, "RATE_LIMITED", null);
    }

    @Test
    void oneAddressOverItsLimit_doesNotStarveAnother() {
        String flooder = "198.51.100.3";
        String username = Accounts.uniqueName("gate");
        assertThat(post("/api/v1/auth/register", "198.51.100.4", Accounts.credentials(username, Accounts.PASSWORD))
                .status()).isEqualTo(201);
        exhaust(flooder);
        for (int attempt = 0; attempt < 20; attempt++) {
            post("/api/v1/auth/login", flooder, Accounts.credentials(username, Accounts.PASSWORD))
                    .assertError(429, "RATE_LIMITED", null);
        }

        Http.Reply login = post("/api/v1/auth/login", "198.51.100.5", Accounts.credentials(username, Accounts.PASSWORD));

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().path("access_token").asText()).isNotEmpty();
    }

    @Test
    void aFullHashingPool_refusesBeforeTheBodyIsSent_withoutTouchingThePool() throws Exception {
        List<CompletableFuture<Http.Reply>> holding = new ArrayList<>();
        for (String client : List.of("198.51.100.20", "198.51.100.21")) {
            holding.add(CompletableFuture.supplyAsync(() -> post("/api/v1/auth/login", client,
                    Accounts.credentials("nobody-" + client.replace('.', '-'), Accounts.PASSWORD))));
            awaitPending(holding.size());
        }
        long before = meterCount(PasswordRouteGate.REFUSED_BUSY);

        try (Socket socket = open()) {
            RawHttp.Reply refused = headOnly(socket, "/api/v1/auth/login", "198.51.100.22");

            refused.assertError(429, "RATE_LIMITED", null);
            assertThat(envelopeMessage(refused)).isEqualTo("Too many password checks are in progress; try again shortly");
            assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
            assertThat(refused.header("RateLimit")).as("the address was charged").startsWith("\"default\";r=1;");
            assertThat(pending()).as("the refusal queued nothing").isEqualTo(2);
        }
        assertThat(meterCount(PasswordRouteGate.REFUSED_BUSY) - before).isEqualTo(1);
        for (CompletableFuture<Http.Reply> login : holding) {
            login.get().assertError(401, "INVALID_CREDENTIALS", null);
        }
        post("/api/v1/auth/login", "198.51.100.23", Accounts.credentials("nobody-after", Accounts.PASSWORD))
                .assertError(401, "INVALID_CREDENTIALS", null);
    }

    @Test
    void requestsLetIn_holdTheirRoomUntilAnswered_soABurstCannotSlipPastTheGate() throws Exception {
        try (Socket first = open(); Socket second = open(); Socket third = open()) {
            head(first, "/api/v1/auth/login", "198.51.100.50", DECLARED_LENGTH, List.of(), false);
            head(second, "/api/v1/auth/login", "198.51.100.51", DECLARED_LENGTH, List.of(), false);
            awaitGauge("passwords.hashing.admitted", 2);

            RawHttp.Reply refused = headOnly(third, "/api/v1/auth/login", "198.51.100.52");

            refused.assertError(429, "RATE_LIMITED", null);
            assertThat(envelopeMessage(refused)).isEqualTo("Too many password checks are in progress; try again shortly");
            assertThat(pending()).as("nothing is hashing: the two let in still wait for their bodies").isZero();
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (gauge("passwords.hashing.admitted") > 0) {
            assertThat(System.nanoTime()).as("the abandoned requests give their room back").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    @Test
    void aBodyDeclaredOverTheSizeLimit_getsItsPayloadTooLargeBeforeTheRateLimit() throws IOException {
        String client = "198.51.100.30";
        exhaust(client);

        try (Socket socket = open()) {
            RawHttp.Reply reply = head(socket, "/api/v1/auth/login", client, 20_000, List.of());

            reply.assertError(413, "PAYLOAD_TOO_LARGE", null);
        }
    }

    @Test
    void aRefusal_carriesTheCorsHeadersOfAnAllowedOrigin() throws IOException {
        String client = "198.51.100.40";
        exhaust(client);

        try (Socket socket = open()) {
            RawHttp.Reply refused = head(socket, "/api/v1/auth/login", client, DECLARED_LENGTH,
                    List.of("Origin: https://app.example"));

            refused.assertError(429, "RATE_LIMITED", null);
            assertThat(refused.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example");
            assertThat(refused.header("Access-Control-Allow-Credentials")).isEqualTo("true");
            assertThat(refused.header("Access-Control-Expose-Headers")).contains("Retry-After", "RateLimit");
            assertThat(refused.header("Vary")).isEqualTo("Origin");
        }
    }

    /** Two registrations with a malformed username: refused before any hash, each charged to the address. */
    private static void exhaust(String client) {
        for (int attempt = 0; attempt < 2; attempt++) {
            post("/api/v1/auth/register", client, BAD_USERNAME).assertError(400, "VALIDATION_ERROR", "username");
        }
    }

    private static Http.Reply post(String path, String client, String body) {
        return http.send(http.request(path).header("Content-Type", "application/json")
                .header("X-Forwarded-For", client).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static Socket open() throws IOException {
        Socket socket = new Socket("127.0.0.1", APP.getLocalPort());
        socket.setSoTimeout(5_000);
        return socket;
    }

    /** Sends the head of a POST declaring a body of {@link #DECLARED_LENGTH} bytes, and reads the answer without sending it. */
    private static RawHttp.Reply headOnly(Socket socket, String path, String client) throws IOException {
        return head(socket, path, client, DECLARED_LENGTH, List.of());
    }

    private static RawHttp.Reply head(Socket socket, String path, String client, int declaredLength,
            List<String> extraHeaders) throws IOException {
        return head(socket, path, client, declaredLength, extraHeaders, true);
    }

    /** Sends the head of a POST; reads the answer unless {@code awaitReply} is false (then returns null). */
    private static RawHttp.Reply head(Socket socket, String path, String client, int declaredLength,
            List<String> extraHeaders, boolean awaitReply) throws IOException {
        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: localhost\r\n")
                .append("Content-Type: application/json\r\nX-Forwarded-For: ").append(client).append("\r\n")
                .append("Content-Length: ").append(declaredLength).append("\r\n");
        extraHeaders.forEach(line -> head.append(line).append("\r\n"));
        OutputStream out = socket.getOutputStream();
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return awaitReply ? readReply(socket.getInputStream()) : null;
    }

    private static void sendBody(Socket socket) throws IOException {
        String body = ("{\"username\":\"late\",\"password\":\"" + "p".repeat(DECLARED_LENGTH) + "\"}")
                .substring(0, DECLARED_LENGTH);
        socket.getOutputStream().write(body.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    /** One answer with a Content-Length body, leaving the connection open. */
    private static RawHttp.Reply readReply(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("The server closed the connection after: " + head);
            }
            head.write(next);
        }
        Matcher length = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(head.toString(StandardCharsets.ISO_8859_1));
        byte[] body = in.readNBytes(length.find() ? Integer.parseInt(length.group(1)) : 0);
        return RawHttp.Reply.parse(head.toString(StandardCharsets.ISO_8859_1) + new String(body, StandardCharsets.UTF_8));
    }

    private static String envelopeMessage(RawHttp.Reply reply) {
        Matcher message = Pattern.compile("\"message\":\"([^\"]*)\"").matcher(reply.body());
        assertThat(message.find()).as("a message in %s", reply.body()).isTrue();
        return message.group(1);
    }

    private static MetricRegistry metrics() {
        return APP.getEnvironment().metrics();
    }

    private static long meterCount(String name) {
        return metrics().meter(name).getCount();
    }

    private static int pending() {
        return gauge("passwords.hashing.pending");
    }

    private static int gauge(String name) {
        Gauge<?> gauge = metrics().getGauges().get(name);
        return ((Number) gauge.getValue()).intValue();
    }

    private static void awaitPending(int count) throws InterruptedException {
        awaitGauge("passwords.hashing.pending", count);
    }

    private static void awaitGauge(String name, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (gauge(name) < atLeast) {
            assertThat(System.nanoTime()).as("%s at %d within 10 s", name, atLeast).isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
