package dev.portico.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.portico.adapters.rest.error.UnhandledExceptionMapper;
import dev.portico.bootstrap.support.Http;
import dev.portico.bootstrap.support.RawHttp;
import dev.portico.bootstrap.support.SendErrorServlet;
import dev.portico.bootstrap.support.TestApps;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

@ExtendWith(DropwizardExtensionsSupport.class)
class ErrorEnvelopeIntegrationTest {

    static final DropwizardAppExtension<PorticoConfiguration> APP = TestApps.withSqlite();
    static final String PROBE = "/api/v1/test-probe";

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(APP.getLocalPort());
    }

    @Nested
    class Routing {

        @Test
        void givenAnUnknownRoute_get_answers404NotFoundInTheEnvelope() {
            http.get("/api/v1/no-such-thing").assertError(404, "NOT_FOUND", null);
        }

        @Test
        void givenAPathOutsideTheApi_get_answers404NotFoundInTheEnvelope() {
            http.get("/wp-login.php").assertError(404, "NOT_FOUND", null);
        }

        @Test
        void givenAKnownRoute_wrongMethod_answers405WithAllow() {
            Http.Reply reply = http.send(http.request("/api/v1/pulse").DELETE())
                    .assertError(405, "METHOD_NOT_ALLOWED", null);

            assertThat(reply.header("Allow")).contains("GET");
        }

        @Test
        void givenAKnownRoute_trace_answers405WithAllow() {
            Http.Reply reply = http.send(http.request("/api/v1/pulse").method("TRACE", HttpRequest.BodyPublishers.noBody()))
                    .assertError(405, "METHOD_NOT_ALLOWED", null);

            assertThat(reply.header("Allow")).contains("GET");
        }

        @Test
        void givenAKnownRoute_options_answers204WithAllowAndNoBody() {
            Http.Reply reply = http.send(http.request("/api/v1/pulse").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

            assertThat(reply.status()).isEqualTo(204);
            assertThat(reply.header("Allow")).contains("GET", "OPTIONS");
            assertThat(reply.body()).isEmpty();
            assertThat(reply.header("X-Request-Id")).isNotBlank();
        }

        @Test
        void givenAMethodTheServerDoesNotServe_propfind_answers405InTheEnvelope() {
            http.send(http.request("/api/v1/pulse").method("PROPFIND", HttpRequest.BodyPublishers.noBody()))
                    .assertError(405, "METHOD_NOT_ALLOWED", null);
        }
    }

    @Nested
    class MediaTypes {

        @Test
        void givenAnAcceptWithoutJson_get_answers406() {
            http.send(http.request("/api/v1/pulse").header("Accept", "text/html"))
                    .assertError(406, "NOT_ACCEPTABLE", null);
        }

        @Test
        void givenAnAcceptThatRefusesJsonWithQZero_get_answers406() {
            http.send(http.request("/api/v1/pulse").header("Accept", "application/json;q=0, text/plain"))
                    .assertError(406, "NOT_ACCEPTABLE", null);
        }

        @Test
        void givenAWildcardAccept_get_answers200() {
            assertThat(http.send(http.request("/api/v1/pulse").header("Accept", "text/html, */*;q=0.1")).status())
                    .isEqualTo(200);
        }

        @Test
        void givenATextBody_post_answers415() {
            http.send(http.request(PROBE).header("Content-Type", "text/plain")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"a\"}")))
                    .assertError(415, "UNSUPPORTED_MEDIA_TYPE", null);
        }

        @Test
        void givenAFormBody_post_answers415() {
            http.send(http.request(PROBE).header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("name=a")))
                    .assertError(415, "UNSUPPORTED_MEDIA_TYPE", null);
        }

        @Test
        void givenJsonWithUtf8Charset_post_isAccepted() {
            Http.Reply reply = http.send(http.request(PROBE).header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"a\"}")));

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("Content-Type")).isEqualToIgnoringCase("application/json;charset=utf-8");
        }

        @Test
        void givenAnUnknownRouteAndATextBody_post_answers404BeforeMediaTypes() {
            http.send(http.request("/api/v1/nowhere").header("Content-Type", "text/plain")
                            .POST(HttpRequest.BodyPublishers.ofString("x")))
                    .assertError(404, "NOT_FOUND", null);
        }
    }

    @Nested
    class Precedence {

        @Test
        void sizeComesBeforeRouting_anOversizeBodyToAGetOnlyRoute_answers413() {
            http.postJson("/api/v1/pulse", "{\"x\":\"" + "y".repeat(20_000) + "\"}")
                    .assertError(413, "PAYLOAD_TOO_LARGE", null);
        }

        @Test
        void routingComesBeforeMediaTypes_wrongMethodWithAnUnacceptableAccept_answers405() {
            http.send(http.request("/api/v1/pulse").header("Accept", "text/html").DELETE())
                    .assertError(405, "METHOD_NOT_ALLOWED", null);
        }

        @Test
        void routingComesBeforeMediaTypes_unknownRouteWithAnUnacceptableAccept_answers404() {
            http.send(http.request("/api/v1/nowhere").header("Accept", "text/html"))
                    .assertError(404, "NOT_FOUND", null);
        }

        @Test
        void mediaTypesComeBeforeValidation_malformedJsonSentAsText_answers415() {
            http.send(http.request(PROBE).header("Content-Type", "text/plain")
                            .POST(HttpRequest.BodyPublishers.ofString("{not json")))
                    .assertError(415, "UNSUPPORTED_MEDIA_TYPE", null);
        }

        @Test
        void acceptComesBeforeValidation_malformedJsonWithAnUnacceptableAccept_answers406() {
            http.send(http.request(PROBE).header("Content-Type", "application/json").header("Accept", "text/html")
                            .POST(HttpRequest.BodyPublishers.ofString("{not json")))
                    .assertError(406, "NOT_ACCEPTABLE", null);
        }

        @Test
        void theFirstFaultyFieldIsReported_whenTwoFieldsAreWrong() {
            http.postJson(PROBE, "{\"name\":\"a\",\"count\":\"x\",\"price\":\"y\"}")
                    .assertError(400, "VALIDATION_ERROR", "count");
        }
    }

    @Nested
    class JsonBodies {

        @Test
        void givenMalformedJson_post_answers400WithoutField() {
            http.postJson(PROBE, "{\"name\": ").assertError(400, "VALIDATION_ERROR", null);
        }

        @Test
        void givenADuplicateKey_post_answers400() {
            http.postJson(PROBE, "{\"name\":\"a\",\"name\":\"b\"}").assertError(400, "VALIDATION_ERROR", null);
        }

        @Test
        void givenTrailingGarbage_post_answers400() {
            http.postJson(PROBE, "{\"name\":\"a\"} {}").assertError(400, "VALIDATION_ERROR", null);
        }

        @ParameterizedTest
        @ValueSource(strings = {"owner_id", "role", "visits"})
        void givenAnUnknownField_post_answers400NamingIt(String field) {
            http.postJson(PROBE, "{\"name\":\"a\",\"" + field + "\":1}").assertError(400, "VALIDATION_ERROR", field);
        }

        @Test
        void givenAStringForANumber_post_answers400NamingTheField() {
            http.postJson(PROBE, "{\"name\":\"a\",\"count\":\"86400\"}").assertError(400, "VALIDATION_ERROR", "count");
        }

        @Test
        void givenAFractionForAnInteger_post_answers400NamingTheField() {
            http.postJson(PROBE, "{\"name\":\"a\",\"count\":1.5}").assertError(400, "VALIDATION_ERROR", "count");
        }

        @Test
        void givenANumberForAString_post_answers400NamingTheField() {
            http.postJson(PROBE, "{\"name\":123}").assertError(400, "VALIDATION_ERROR", "name");
        }

        @Test
        void givenAStringForADecimal_post_answers400NamingTheField() {
            http.postJson(PROBE, "{\"name\":\"a\",\"price\":\"1.50\"}").assertError(400, "VALIDATION_ERROR", "price");
        }

        @Test
        void givenANumberForABoolean_post_answers400NamingTheField() {
            http.postJson(PROBE, "{\"name\":\"a\",\"active\":1}").assertError(400, "VALIDATION_ERROR", "active");
        }

        @Test
        void givenAWrongElementInAnArray_post_answers400NamingTheElement() {
            http.postJson(PROBE, "{\"name\":\"a\",\"tags\":[\"x\",7]}").assertError(400, "VALIDATION_ERROR", "tags[1]");
        }

        @Test
        void givenNullForARequiredField_post_answers400NamingTheField() {
            http.postJson(PROBE, "{\"name\":null}").assertError(400, "VALIDATION_ERROR", "name");
        }

        @Test
        void givenAMissingRequiredField_post_answers400NamingTheField() {
            http.postJson(PROBE, "{\"count\":3}").assertError(400, "VALIDATION_ERROR", "name");
        }

        @Test
        void givenAnEmptyBody_post_answers400() {
            http.postJson(PROBE, "").assertError(400, "VALIDATION_ERROR", null);
        }

        @Test
        void givenANullBody_post_answers400() {
            http.postJson(PROBE, "null").assertError(400, "VALIDATION_ERROR", null);
        }

        @Test
        void givenAnArrayInsteadOfAnObject_post_answers400() {
            http.postJson(PROBE, "[1,2]").assertError(400, "VALIDATION_ERROR", null);
        }

        @Test
        void givenAValidBody_post_echoesItInSnakeCase() {
            Http.Reply reply = http.postJson(PROBE, "{\"name\":\"a\",\"count\":3,\"price\":62.45,\"active\":true}");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().path("count").asInt()).isEqualTo(3);
            assertThat(reply.json().path("price").decimalValue()).isEqualByComparingTo("62.45");
        }
    }

    @Nested
    class BodySize {

        @Test
        void givenABodyOfExactly16384Bytes_post_isParsed() {
            Http.Reply reply = http.postJson(PROBE, bodyOfSize(16_384));

            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        }

        @Test
        void givenABodyOf16385Bytes_post_answers413() {
            http.postJson(PROBE, bodyOfSize(16_385)).assertError(413, "PAYLOAD_TOO_LARGE", null);
        }

        @Test
        void givenAChunkedBodyOver16KiB_post_answers413() {
            byte[] body = bodyOfSize(40_000).getBytes(StandardCharsets.UTF_8);
            http.send(http.request(PROBE).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))))
                    .assertError(413, "PAYLOAD_TOO_LARGE", null);
        }

        @Test
        void givenAChunkedBodyUnderTheLimit_post_isParsed() {
            byte[] body = bodyOfSize(16_384).getBytes(StandardCharsets.UTF_8);
            Http.Reply reply = http.send(http.request(PROBE).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        }

        @Test
        void givenAnOversizeBodyToAnUnknownRoute_post_answers413First() {
            http.postJson("/api/v1/nowhere", bodyOfSize(20_000)).assertError(413, "PAYLOAD_TOO_LARGE", null);
        }

        private static String bodyOfSize(int bytes) {
            String prefix = "{\"name\":\"a\",\"note\":\"";
            String suffix = "\"}";
            return prefix + "x".repeat(bytes - prefix.length() - suffix.length()) + suffix;
        }
    }

    @Nested
    class Parameters {

        @Test
        void givenALimitBelowTheRange_get_answers400NamingLimit() {
            http.get(PROBE + "/page?limit=0").assertError(400, "VALIDATION_ERROR", "limit");
        }

        @Test
        void givenALimitAboveTheRange_get_answers400NamingLimit() {
            http.get(PROBE + "/page?limit=101").assertError(400, "VALIDATION_ERROR", "limit");
        }

        @Test
        void givenANonNumericLimit_get_answers400NamingLimit() {
            http.get(PROBE + "/page?limit=ten").assertError(400, "VALIDATION_ERROR", "limit");
        }

        @Test
        void givenALimitInRange_get_answers200() {
            assertThat(http.get(PROBE + "/page?limit=100").json().path("limit").asInt()).isEqualTo(100);
        }

        @ParameterizedTest
        @ValueSource(strings = {"access_token", "refresh_token", "token"})
        void givenATokenInTheQuery_anyApiRequest_answers400NamingTheParameter(String parameter) {
            http.get("/api/v1/pulse?" + parameter + "=eyJhbGciOi").assertError(400, "VALIDATION_ERROR", parameter);
        }
    }

    /** A 400 is VALIDATION_ERROR whichever layer refuses; only the other 4xx Jetty produces are BAD_REQUEST. */
    @Nested
    class MalformedRequests {

        private RawHttp raw;

        @BeforeEach
        void rawClient() {
            raw = new RawHttp(APP.getLocalPort());
        }

        @Test
        void givenDotDotSegmentsThatClimbAboveTheRoot_jettyAnswers400ValidationError() {
            assertRefusal(raw.get("/api/v1/../../../etc/passwd").assertError(400, "VALIDATION_ERROR", null));
        }

        @Test
        void givenDotDotSegmentsThatStayInsideTheRoot_noResourceMatches_404NotFound() {
            raw.get("/api/v1/links/../pulse").assertError(404, "NOT_FOUND", null);
        }

        @ParameterizedTest
        @ValueSource(strings = {"/api/v1/%2e%2e/x", "/api/v1/%2E%2E/%2E%2E/etc/passwd", "/api/v1/.%2e/pulse"})
        void givenAnEncodedDotDotSegment_jettyAnswers400ValidationError(String target) {
            assertRefusal(raw.get(target).assertError(400, "VALIDATION_ERROR", null));
        }

        @Test
        void givenAHeaderLineWithoutAColon_jettyAnswers400ValidationError() {
            assertRefusal(raw.get("/api/v1/pulse", "NoColonHere").assertError(400, "VALIDATION_ERROR", null));
        }

        @Test
        void givenAnInvalidCharacterInAHeaderName_jettyAnswers400ValidationError() {
            assertRefusal(raw.get("/api/v1/pulse", "X-Bad(Name: 1").assertError(400, "VALIDATION_ERROR", null));
        }

        @Test
        void givenAMalformedHeaderParameter_jerseyAnswers400NamingTheHeader() {
            http.send(http.request(PROBE + "/header").header("X-Count", "many"))
                    .assertError(400, "VALIDATION_ERROR", "X-Count");
        }

        @Test
        void givenAWebApplicationExceptionWith400_itAnswersValidationErrorWithoutItsMessage() {
            Http.Reply reply = http.get(PROBE + "/refused").assertError(400, "VALIDATION_ERROR", null);

            assertThat(reply.body()).doesNotContain("library detail");
        }

        @Test
        void givenAServletSendError400_itAnswersValidationErrorWithoutItsMessage() {
            Http.Reply reply = http.get(SendErrorServlet.PATH + "/400").assertError(400, "VALIDATION_ERROR", null);

            assertThat(reply.body()).doesNotContain("servlet detail");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }

        @Test
        void givenAServletSendErrorOfAnotherClientError_itAnswersBadRequestWithThatStatus() {
            http.get(SendErrorServlet.PATH + "/408").assertError(408, "BAD_REQUEST", null);
        }

        @Test
        void givenAUriOver8KiB_jettyAnswers414BadRequest() {
            assertRefusal(raw.get("/api/v1/pulse?q=" + "a".repeat(10_000)).assertError(414, "BAD_REQUEST", null));
        }

        @Test
        void givenHeadersOver8KiBSentRaw_jettyAnswers431BadRequest() {
            assertRefusal(raw.get("/api/v1/pulse", "X-Padding: " + "a".repeat(20_000))
                    .assertError(431, "BAD_REQUEST", null));
        }

        private void assertRefusal(RawHttp.Reply reply) {
            assertThat(reply.header("X-Request-Id")).matches("req_[0-9a-f]{16}");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(reply.header("Content-Security-Policy")).isEqualTo("frame-ancestors 'none'");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        }
    }

    @Nested
    class UnexpectedFailures {

        private ListAppender<ILoggingEvent> logged;

        @BeforeEach
        void captureLog() {
            logged = new ListAppender<>();
            logged.start();
            ((Logger) LoggerFactory.getLogger(UnhandledExceptionMapper.class)).addAppender(logged);
        }

        @Test
        void givenAnUnexpectedException_get_answers500GenericAndLogsItOnceWithTheRequestId() {
            Http.Reply reply = http.get(PROBE + "/boom").assertError(500, "INTERNAL_ERROR", null);

            assertThat(reply.json().path("error").path("message").asText()).isEqualTo("Something went wrong");
            assertThat(logged.list).hasSize(1);
            ILoggingEvent event = logged.list.get(0);
            assertThat(event.getFormattedMessage()).contains(reply.header("X-Request-Id"));
            assertThat(event.getThrowableProxy()).isNotNull();
            ((Logger) LoggerFactory.getLogger(UnhandledExceptionMapper.class)).detachAppender(logged);
        }
    }

    @Nested
    class RequestIdsAndHeaders {

        @Test
        void givenAValidInboundRequestId_itIsKept() {
            Http.Reply reply = http.send(http.request("/api/v1/nope").header("X-Request-Id", "client-123.A_b"))
                    .assertError(404, "NOT_FOUND", null);

            assertThat(reply.header("X-Request-Id")).isEqualTo("client-123.A_b");
        }

        @ParameterizedTest
        @ValueSource(strings = {"has space", "semi;colon", "<script>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
        void givenAnInvalidInboundRequestId_itIsReplaced(String inbound) {
            Http.Reply reply = http.send(http.request("/api/v1/nope").header("X-Request-Id", inbound))
                    .assertError(404, "NOT_FOUND", null);

            assertThat(reply.header("X-Request-Id")).matches("req_[0-9a-f]{16}");
        }

        @Test
        void givenNoInboundRequestId_aSuccessGetsAGeneratedOne() {
            assertThat(http.get("/api/v1/pulse").header("X-Request-Id")).matches("req_[0-9a-f]{16}");
        }

        @Test
        void everyApiResponse_carriesTheSecurityHeadersAndNoStore() {
            for (Http.Reply reply : new Http.Reply[] {http.get("/api/v1/pulse"), http.get("/api/v1/nope")}) {
                assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
                assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
                assertThat(reply.header("Content-Security-Policy")).isEqualTo("frame-ancestors 'none'");
                assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
                assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
                assertThat(reply.header("Strict-Transport-Security")).isNull();
            }
        }

        @Test
        void givenHeadersOver8KiB_jettyRefusesWithTheEnvelope() {
            http.send(http.request("/api/v1/pulse").header("X-Padding", "a".repeat(20_000)))
                    .assertError(431, "BAD_REQUEST", null);
        }

        @Test
        void byDefault_noCorsHeadersAreSent() {
            Http.Reply reply = http.send(http.request("/api/v1/pulse").header("Origin", "https://evil.example"));

            assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
        }
    }
}
