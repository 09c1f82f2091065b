package dev.portico.bootstrap.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.bootstrap.PorticoConfiguration;
import dev.portico.bootstrap.support.Accounts;
import dev.portico.bootstrap.support.Http;
import dev.portico.bootstrap.support.TestApplication;
import dev.portico.bootstrap.support.TestApps;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The WebSocket quote stream at /api/v1/stream, against the simulated feed in its continuous market
 * (said here, not left to the default), so liquid names tick at any hour and the sequence test sees
 * many updates per symbol.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class StreamIntegrationTest {

    static final DropwizardAppExtension<PorticoConfiguration> APP = TestApps.withSqlite(
            ConfigOverride.config("rateLimits.auth.limit", "10000"),
            ConfigOverride.config("rateLimits.api.limit", "10000"),
            ConfigOverride.config("stream.authTimeout", "1s"),
            ConfigOverride.config("stream.expiryGrace", "1s"),
            ConfigOverride.config("stream.maxConnectionsPerUser", "3"),
            ConfigOverride.config("stream.pingInterval", "1s"),
            ConfigOverride.config("quoteFeed.simulated.hours", "continuous"));

    private static Http http;
    private static Accounts accounts;
    private static String token;
    private final List<WsClient> clients = new ArrayList<>();

    @BeforeAll
    static void logIn() {
        http = new Http(APP.getLocalPort());
        accounts = new Accounts(http);
        token = accounts.newLoggedInUser().path("access_token").asText();
    }

    @AfterEach
    void disconnect() {
        clients.forEach(WsClient::abort);
        TestApplication.CLOCK.reset();
    }

    private WsClient connect(String bearer) {
        WsClient client = WsClient.connect(APP.getLocalPort(), bearer);
        clients.add(client);
        return client;
    }

    private WsClient authenticated() {
        WsClient client = connect(token);
        assertThat(client.next().path("type").asText()).isEqualTo("welcome");
        return client;
    }

    private static List<String> symbols(JsonNode message) {
        return StreamSupport.stream(message.path("symbols").spliterator(), false).map(JsonNode::asText).toList();
    }

    private static void assertError(JsonNode message, String code, String field) {
        assertThat(message.path("type").asText()).as(message.toString()).isEqualTo("error");
        JsonNode error = message.path("error");
        assertThat(error.path("code").asText()).as(message.toString()).isEqualTo(code);
        assertThat(error.path("message").asText()).isNotBlank();
        assertThat(error.path("request_id").asText()).startsWith("req_");
        if (field == null) {
            assertThat(error.has("field")).isFalse();
        } else {
            assertThat(error.path("field").asText()).isEqualTo(field);
        }
    }

    @Test
    void aBearerHeaderOnTheUpgrade_isWelcomedWithTheRequestId() {
        JsonNode welcome = connect(token).next();

        assertThat(welcome.path("type").asText()).isEqualTo("welcome");
        assertThat(welcome.path("request_id").asText()).matches("req_[0-9a-f]{16}");
    }

    @Test
    void anAuthMessageFirst_isWelcomed() {
        WsClient client = connect(null).send("{\"type\":\"auth\",\"token\":\"" + token + "\"}");

        assertThat(client.next().path("type").asText()).isEqualTo("welcome");
    }

    @Test
    void noAuthentication_isClosedWith1008AfterTheDeadline() {
        WsClient client = connect(null);

        assertThat(client.closeCode(Duration.ofSeconds(4))).isEqualTo(1008);
        assertError(client.next(), "AUTH_REQUIRED", null);
    }

    @Test
    void aBadToken_isClosedWith1008() {
        WsClient header = connect("not-a-token");
        WsClient message = connect(null).send("{\"type\":\"auth\",\"token\":\"nope\"}");

        assertError(header.next(), "AUTH_REQUIRED", null);
        assertThat(header.closeCode(Duration.ofSeconds(3))).isEqualTo(1008);
        assertError(message.next(), "AUTH_REQUIRED", null);
        assertThat(message.closeCode(Duration.ofSeconds(3))).isEqualTo(1008);
    }

    @Test
    void aMessageBeforeAuthentication_isClosedWith1008() {
        WsClient client = connect(null).send("{\"type\":\"subscribe\",\"symbols\":[\"CSCO\"]}");

        assertError(client.next(), "AUTH_REQUIRED", null);
        assertThat(client.closeCode(Duration.ofSeconds(3))).isEqualTo(1008);
    }

    @Test
    void aTokenInTheQueryString_isRefusedWith400BeforeTheUpgrade() {
        for (String query : List.of("?token=" + token, "?access_token=" + token, "?refresh_token=x")) {
            Throwable failure = catchThrowable(() -> WsClient.open(APP.getLocalPort(), query, null,
                    new java.net.http.WebSocket.Listener() { }).join());

            assertThat(failure).isInstanceOf(CompletionException.class);
            assertThat(failure.getCause()).isInstanceOf(WebSocketHandshakeException.class);
            assertThat(((WebSocketHandshakeException) failure.getCause()).getResponse().statusCode()).isEqualTo(400);
        }
    }

    @Test
    void subscribeAndUnsubscribe_acknowledgeTheWholeList_andNewSymbolsGetASnapshotAtOnce() {
        WsClient client = authenticated();

        client.send("{\"type\":\"subscribe\",\"symbols\":[\"CSCO\",\"aapl\"]}");
        assertThat(symbols(client.next("subscribed"))).containsExactly("CSCO", "AAPL");
        Map<String, JsonNode> snapshot = new HashMap<>();
        while (snapshot.size() < 2) {
            JsonNode quote = client.next("quote");
            snapshot.putIfAbsent(quote.path("symbol").asText(), quote);
        }
        JsonNode csco = snapshot.get("CSCO");
        assertThat(csco.path("price").isNumber()).isTrue();
        assertThat(csco.path("currency").asText()).isEqualTo("USD");
        assertThat(csco.path("timestamp").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(csco.path("seq").isIntegralNumber()).isTrue();

        client.send("{\"type\":\"subscribe\",\"symbols\":[\"MSFT\",\"CSCO\"]}");
        assertThat(symbols(client.next("subscribed"))).containsExactly("CSCO", "AAPL", "MSFT");
        client.send("{\"type\":\"unsubscribe\",\"symbols\":[\"AAPL\"]}");
        assertThat(symbols(client.next("subscribed"))).containsExactly("CSCO", "MSFT");
    }

    @Test
    void theContinuousMarketStreamsLiquidNamesSeveralTimes_andSequenceNumbersOnlyGoUpPerSymbol() throws Exception {
        WsClient client = authenticated();
        client.send("{\"type\":\"subscribe\",\"symbols\":[\"CSCO\",\"AAPL\",\"MSFT\",\"NVDA\"]}");
        client.next("subscribed");

        Thread.sleep(2_500);
        client.send("{\"type\":\"ping\"}");
        List<JsonNode> quotes = new ArrayList<>();
        JsonNode message;
        do {
            message = client.next();
            if ("quote".equals(message.path("type").asText())) {
                quotes.add(message);
            }
        } while (!"pong".equals(message.path("type").asText()));

        assertThat(quotes).hasSizeGreaterThanOrEqualTo(4);
        Map<String, List<Long>> seqs = quotes.stream().collect(Collectors.groupingBy(q -> q.path("symbol").asText(),
                Collectors.mapping(q -> q.path("seq").asLong(), Collectors.toList())));
        assertThat(seqs).containsOnlyKeys("CSCO", "AAPL", "MSFT", "NVDA");
        seqs.values().forEach(list -> assertThat(list).isSorted().doesNotHaveDuplicates());
        for (String liquid : List.of("AAPL", "MSFT", "NVDA")) {
            assertThat(seqs.get(liquid)).as("quotes of %s in 2.5 s, at any hour", liquid).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void badMessages_getAnError_andTheConnectionStays() {
        WsClient client = authenticated();

        client.send("{\"type\":\"subscribe\",\"symbols\":[\"CSCO1\"]}");
        assertError(client.next("error"), "VALIDATION_ERROR", "symbols");
        client.send("{not json");
        assertError(client.next("error"), "VALIDATION_ERROR", null);
        client.send("{\"type\":\"dance\"}");
        assertError(client.next("error"), "VALIDATION_ERROR", "type");
        client.send("{\"type\":\"subscribe\",\"symbols\":\"CSCO\"}");
        assertError(client.next("error"), "VALIDATION_ERROR", "symbols");

        client.send("{\"type\":\"ping\"}");
        assertThat(client.next("pong").path("type").asText()).isEqualTo("pong");
        assertThat(client.closed).isNotDone();
    }

    @Test
    void tenBadMessagesInARow_closeWith1008() {
        WsClient client = authenticated();

        for (int i = 0; i < 10; i++) {
            client.send("[]");
        }

        assertThat(client.closeCode(Duration.ofSeconds(3))).isEqualTo(1008);
    }

    @Test
    void the51stSymbol_isRefusedNamingTheLimit_andEarlierSubscriptionsStay() {
        WsClient client = authenticated();
        List<String> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add("\"Q" + (char) ('A' + i / 26) + (char) ('A' + i % 26) + "\"");
        }
        client.send("{\"type\":\"subscribe\",\"symbols\":[" + String.join(",", fifty) + "]}");
        assertThat(symbols(client.next("subscribed"))).hasSize(50);

        client.send("{\"type\":\"subscribe\",\"symbols\":[\"CSCO\"]}");
        JsonNode error = client.next("error");
        assertError(error, "VALIDATION_ERROR", "symbols");
        assertThat(error.path("error").path("message").asText()).contains("50");

        client.send("{\"type\":\"unsubscribe\",\"symbols\":[\"ZZZZ\"]}");
        assertThat(symbols(client.next("subscribed"))).hasSize(50).doesNotContain("CSCO");
    }

    @Test
    void overTheConnectionsPerUser_isAnErrorThenClose1013() {
        String mine = accounts.newLoggedInUser().path("access_token").asText();
        for (int i = 0; i < 3; i++) {
            assertThat(connect(mine).next().path("type").asText()).isEqualTo("welcome");
        }

        WsClient fourth = connect(mine);

        JsonNode error = fourth.next();
        assertError(error, "RATE_LIMITED", null);
        assertThat(error.path("error").path("message").asText()).contains("3");
        assertThat(fourth.closeCode(Duration.ofSeconds(3))).isEqualTo(1013);
    }

    @Test
    void aClientThatStopsReading_doesNotDelayAnother() {
        WsClient slow = WsClient.connect(APP.getLocalPort(), token, false);
        clients.add(slow);
        slow.send("{\"type\":\"subscribe\",\"symbols\":[\"CSCO\",\"AAPL\",\"MSFT\"]}");
        for (int i = 0; i < 200; i++) {
            slow.send("{\"type\":\"ping\"}");
        }
        WsClient normal = authenticated();

        long started = System.nanoTime();
        normal.send("{\"type\":\"subscribe\",\"symbols\":[\"CSCO\"]}");
        normal.next("subscribed");
        normal.next("quote");
        normal.send("{\"type\":\"ping\"}");
        normal.next("pong");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void theServerPingsEveryPingInterval() throws Exception {
        WsClient client = authenticated();
        long deadline = System.nanoTime() + Duration.ofSeconds(4).toNanos();
        while (client.pings.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        assertThat(client.pings.get()).as("pings within 4 s at a 1 s interval").isGreaterThanOrEqualTo(2);
    }

    @Test
    void aClientThatKeepsSendingButStopsReading_isClosed_whileAnotherKeepsGettingAnswers() throws Exception {
        WsClient normal = authenticated();
        WsClient slow = WsClient.connect(APP.getLocalPort(), token, false);
        clients.add(slow);
        long before = streamConnections();
        String fifty = "{\"type\":\"subscribe\",\"symbols\":[" + java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> "\"Q" + (char) ('A' + i / 26) + (char) ('A' + i % 26) + "\"")
                .collect(java.util.stream.Collectors.joining(",")) + "]}";

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int sent = 0;
        while (streamConnections() >= before && System.nanoTime() < deadline) {
            for (int i = 0; i < 500 && slow.trySend(fifty); i++) {
                sent++;
            }
            long started = System.nanoTime();
            normal.send("{\"type\":\"ping\"}");
            normal.next("pong");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the normal client's pong delay")
                    .isLessThan(Duration.ofSeconds(2));
        }

        assertThat(streamConnections()).as("the slow client was closed after %d unread acks", sent).isEqualTo(before - 1);
        normal.send("{\"type\":\"ping\"}");
        normal.next("pong");
    }

    private static long streamConnections() throws Exception {
        JsonNode metrics = new com.fasterxml.jackson.databind.ObjectMapper().readTree(java.net.URI.create(
                "http://127.0.0.1:" + APP.getAdminPort() + "/metrics").toURL());
        return metrics.path("gauges").path("stream.connections").path("value").asLong();
    }

    @Test
    void anExpiredToken_isAskedForAFreshOne_andAFreshOneKeepsTheConnection() {
        String name = Accounts.uniqueName("expiry");
        accounts.register(name);
        WsClient kept = connect(accounts.login(name).path("access_token").asText());
        WsClient dropped = connect(accounts.login(name).path("access_token").asText());
        kept.next("welcome");
        dropped.next("welcome");

        TestApplication.CLOCK.advance(Duration.ofMinutes(16));

        JsonNode notice = kept.next("error");
        assertError(notice, "AUTH_REQUIRED", null);
        assertThat(notice.path("error").path("message").asText()).startsWith("token expired");
        kept.send("{\"type\":\"auth\",\"token\":\"" + accounts.login(name).path("access_token").asText() + "\"}");
        kept.next("welcome");
        assertError(dropped.next("error"), "AUTH_REQUIRED", null);

        assertThat(dropped.closeCode(Duration.ofSeconds(4))).isEqualTo(1008);
        kept.send("{\"type\":\"ping\"}");
        kept.next("pong");
        assertThat(kept.closed).isNotDone();
    }

    @Test
    void reauthenticatingAsAnotherUser_isClosedWith1008() {
        WsClient client = authenticated();
        String other = accounts.newLoggedInUser().path("access_token").asText();

        client.send("{\"type\":\"auth\",\"token\":\"" + other + "\"}");

        assertError(client.next("error"), "AUTH_REQUIRED", null);
        assertThat(client.closeCode(Duration.ofSeconds(3))).isEqualTo(1008);
    }
}
