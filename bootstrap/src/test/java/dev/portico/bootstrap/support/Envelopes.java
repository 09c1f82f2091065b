package dev.portico.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** The contract's error envelope, asserted the same way whichever client received it. */
final class Envelopes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Envelopes() {
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("Body is not JSON: " + body, e);
        }
    }

    /** Status, code, field (or its absence), the request id in body and header, and no leaked internals. */
    static void assertError(int expectedStatus, String code, String field, int status, String contentType,
                            String requestIdHeader, String body) {
        assertThat(status).as("status of %s", body).isEqualTo(expectedStatus);
        assertThat(contentType).isEqualToIgnoringCase("application/json;charset=utf-8");
        JsonNode envelope = json(body);
        JsonNode error = envelope.path("error");
        assertThat(envelope.size()).as("envelope has only 'error'").isEqualTo(1);
        assertThat(error.path("code").asText()).isEqualTo(code);
        assertThat(error.path("message").asText()).isNotBlank();
        if (field == null) {
            assertThat(error.has("field")).as("field absent in %s", body).isFalse();
        } else {
            assertThat(error.path("field").asText()).isEqualTo(field);
        }
        assertThat(error.path("request_id").asText()).isNotBlank().isEqualTo(requestIdHeader);
        assertThat(body).doesNotContain("Exception", "at dev.portico", "jetty", "jersey", "sqlite", "SELECT");
    }
}
