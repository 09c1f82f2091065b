package dev.portico.bootstrap.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** One HTTP answer, with what the checks read from it. */
record Reply(int status, HttpHeaders headers, String body) {

    private static final int EXCERPT = 200;

    Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The proxy's upstream, when the proxy names it ({@code add_header X-Upstream $upstream_addr}). */
    Optional<String> upstream() {
        return header("X-Upstream");
    }

    JsonNode json() {
        try {
            JsonNode node = Api.JSON.readTree(body);
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException notJson) {
            return MissingNode.getInstance();
        }
    }

    String text(String field) {
        return json().path(field).asText("");
    }

    /** The envelope's {@code error.code}, or "" when the body is not an error envelope. */
    String errorCode() {
        return json().path("error").path("code").asText("");
    }

    /** "status 404, body {...}" for a {@code not ok} line. */
    String excerpt() {
        String compact = body.replaceAll("\\s+", " ").trim();
        String shown = compact.length() > EXCERPT ? compact.substring(0, EXCERPT) + "..." : compact;
        return "status " + status + (shown.isEmpty() ? ", empty body" : ", body " + shown);
    }

    /** Throws unless the status is {@code expected}; {@code what} names the request. */
    Reply expect(int expected, String what) {
        CheckFailed.unless(status == expected, what + " answered " + excerpt() + " (expected " + expected + ")");
        return this;
    }

    /** Throws unless this is the error envelope with that status and code. */
    Reply expectError(int expected, String code, String what) {
        CheckFailed.unless(status == expected && code.equals(errorCode()),
                what + " answered " + excerpt() + " (expected " + expected + " " + code + ")");
        return this;
    }

    boolean redirectsTo(String url) {
        return status == 302 && url.equals(header("Location").orElse(null));
    }
}
