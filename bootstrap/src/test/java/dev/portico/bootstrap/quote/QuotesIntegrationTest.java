package dev.portico.bootstrap.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.bootstrap.PorticoConfiguration;
import dev.portico.bootstrap.support.Accounts;
import dev.portico.bootstrap.support.Http;
import dev.portico.bootstrap.support.TestApps;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.LocalDate;
import java.util.Collections;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The quote routes of v1 and v2 against the simulated feed and SQLite. */
@ExtendWith(DropwizardExtensionsSupport.class)
class QuotesIntegrationTest {

    static final DropwizardAppExtension<PorticoConfiguration> APP = TestApps.withSqlite(
            ConfigOverride.config("rateLimits.auth.limit", "10000"),
            ConfigOverride.config("rateLimits.api.limit", "10000"));

    private static Http http;
    private static String token;

    @BeforeAll
    static void logIn() {
        http = new Http(APP.getLocalPort());
        token = new Accounts(http).newLoggedInUser().path("access_token").asText();
    }

    private static Http.Reply get(String path) {
        return http.send(http.request(path).header("Authorization", "Bearer " + token).GET());
    }

    @Nested
    class V1 {

        @Test
        void aQuote_isAJsonNumber_withTheDeprecationHeadersInTheirExactSyntax() {
            Http.Reply reply = get("/api/v1/quote/CSCO");

            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonNode quote = reply.json();
            assertThat(quote.path("symbol").asText()).isEqualTo("CSCO");
            assertThat(quote.path("price").isNumber()).isTrue();
            assertThat(quote.path("price").decimalValue().signum()).isPositive();
            assertThat(quote.path("currency").asText()).isEqualTo("USD");
            assertThat(quote.path("timestamp").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
            assertThat(reply.header("Deprecation")).isEqualTo("@1780272000");
            assertThat(reply.header("Sunset")).isEqualTo("Tue, 01 Jun 2027 00:00:00 GMT");
            assertThat(reply.header("Link"))
                    .isEqualTo("</api/v2/quote/CSCO>; rel=\"successor-version\", </docs>; rel=\"deprecation\"");
            assertThat(reply.header("X-Quote-Stale")).isNull();
        }

        @ParameterizedTest
        @CsvSource({"csco, CSCO", "%20CSCO%20, CSCO", "msft, MSFT"})
        void symbols_areTrimmedAndUpperCased(String asked, String canonical) {
            assertThat(get("/api/v1/quote/" + asked).json().path("symbol").asText()).isEqualTo(canonical);
        }

        @ParameterizedTest
        @ValueSource(strings = {"CSCO1", "TOOLONG", "BRK.B", "BRK-B", "%20"})
        void invalidSymbols_areA400OnSymbol_stillWithTheDeprecationHeaders(String symbol) {
            Http.Reply reply = get("/api/v1/quote/" + symbol).assertError(400, "VALIDATION_ERROR", "symbol");

            assertThat(reply.json().path("error").path("message").asText()).isEqualTo("Invalid ticker symbol");
            assertThat(reply.header("Deprecation")).isEqualTo("@1780272000");
        }

        @Test
        void anUnknownSymbol_isA404() {
            Http.Reply reply = get("/api/v1/quote/ZZZZ").assertError(404, "NOT_FOUND", null);

            assertThat(reply.json().path("error").path("message").asText()).isEqualTo("Symbol not found");
        }

        @Test
        void theSnapshot_hasConsistentNumbers_andIsStoredOnceForTheHistory() {
            JsonNode snapshot = get("/api/v1/snapshot/MSFT").json();
            get("/api/v1/snapshot/MSFT");

            assertThat(snapshot.path("symbol").asText()).isEqualTo("MSFT");
            assertThat(snapshot.path("high").decimalValue()).isGreaterThanOrEqualTo(snapshot.path("low").decimalValue());
            assertThat(snapshot.path("close").isNumber()).isTrue();
            assertThat(snapshot.path("change").decimalValue())
                    .isEqualByComparingTo(snapshot.path("close").decimalValue().subtract(snapshot.path("previous_close").decimalValue()));
            String day = snapshot.path("date").asText();
            JsonNode history = get("/api/v1/snapshot/MSFT/history?from=" + day + "&to=" + day).json();
            assertThat(history.path("items")).hasSize(1);
            assertThat(history.path("items").get(0).path("date").asText()).isEqualTo(day);
        }

        @Test
        void theHistoryLinksOnlyToTheDocs() {
            Http.Reply reply = get("/api/v1/snapshot/CSCO/history");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("Link")).isEqualTo("</docs>; rel=\"deprecation\"");
        }

        @Test
        void badHistoryRanges_areA400NamingTheField() {
            LocalDate today = LocalDate.now();
            get("/api/v1/snapshot/CSCO/history?from=" + today + "&to=" + today.minusDays(1))
                    .assertError(400, "VALIDATION_ERROR", "to");
            get("/api/v1/snapshot/CSCO/history?from=" + today.minusDays(366) + "&to=" + today)
                    .assertError(400, "VALIDATION_ERROR", "to");
            get("/api/v1/snapshot/CSCO/history?from=2026-02-30").assertError(400, "VALIDATION_ERROR", "from");
            get("/api/v1/snapshot/CSCO/history?from=yesterday").assertError(400, "VALIDATION_ERROR", "from");
            assertThat(get("/api/v1/snapshot/CSCO/history?from=" + today.minusDays(365) + "&to=" + today).status())
                    .isEqualTo(200);
        }

        @Test
        void withoutAToken_quotesAreA401() {
            http.get("/api/v1/quote/CSCO").assertError(401, "AUTH_REQUIRED", null);
        }
    }

    @Nested
    class V2 {

        @ParameterizedTest
        @ValueSource(strings = {"BRK.B", "BRK-B", "BRK%2FB", "brk.b", "%20brk-b%20"})
        void shareClassSpellings_allAnswerTheCanonicalSymbol_echoingTheRequest(String asked) {
            Http.Reply reply = get("/api/v2/quote/" + asked);

            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonNode quote = reply.json();
            assertThat(quote.path("symbol").asText()).isEqualTo("BRK.B");
            assertThat(quote.path("requested").asText()).isEqualTo(java.net.URLDecoder.decode(asked,
                    java.nio.charset.StandardCharsets.UTF_8));
            assertThat(quote.path("price").isTextual()).isTrue();
            assertThat(quote.path("price").asText()).matches("\\d+\\.\\d{2}");
            assertThat(quote.path("stale").asBoolean()).isFalse();
            assertThat(quote.path("source").asText()).isEqualTo("simulated");
            assertThat(reply.header("Deprecation")).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"CSCO1", "BRK.BBB", "BRK..B", "TOOLONG.A"})
        void invalidSymbols_areA400OnSymbol(String symbol) {
            get("/api/v2/quote/" + symbol).assertError(400, "VALIDATION_ERROR", "symbol");
        }

        @Test
        void aBatch_answersTheKnownAndListsTheUnknown() {
            JsonNode batch = get("/api/v2/quotes?symbols=CSCO,ZZZZ,AAPL,brk-b,BRK.B").json();

            assertThat(batch.path("items")).hasSize(3);
            assertThat(batch.path("items").findValuesAsText("symbol")).containsExactly("CSCO", "AAPL", "BRK.B");
            assertThat(batch.path("not_found")).hasSize(1);
            assertThat(batch.path("not_found").get(0).asText()).isEqualTo("ZZZZ");
        }

        @Test
        void aBatchOfMoreThan50_orWithAnInvalidSymbol_orEmpty_isA400OnSymbols() {
            String fiftyOne = String.join(",", Collections.nCopies(51, "CSCO"));
            get("/api/v2/quotes?symbols=" + fiftyOne).assertError(400, "VALIDATION_ERROR", "symbols");
            get("/api/v2/quotes?symbols=CSCO,CSCO1").assertError(400, "VALIDATION_ERROR", "symbols");
            get("/api/v2/quotes").assertError(400, "VALIDATION_ERROR", "symbols");
        }

        @Test
        void theSnapshot_hasDecimalStrings() {
            JsonNode snapshot = get("/api/v2/snapshot/BRK-B").json();

            assertThat(snapshot.path("symbol").asText()).isEqualTo("BRK.B");
            assertThat(snapshot.path("close").isTextual()).isTrue();
            assertThat(snapshot.path("volume").isNumber()).isTrue();
        }
    }

    @Test
    void thePulse_reportsTheQuoteFeed() {
        JsonNode feed = http.get("/api/v1/pulse").json().path("checks").path("quote_feed");

        assertThat(feed.path("status").asText()).isEqualTo("ok");
        assertThat(feed.path("circuit").asText()).isEqualTo("closed");
    }
}
