package dev.portico.adapters.rest.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.adapters.rest.requestid.RequestIds;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.time.Duration;

/** Builds the envelope, as a JAX-RS response or as bytes for layers below Jersey. */
public final class ErrorResponses {

    public static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8");
    public static final String JSON_UTF8_VALUE = JSON_UTF8.toString();

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorResponses() {
    }

    /**
     * A {@code Retry-After} value: whole seconds rounded up, and at least one, so a client that waits
     * that long is not refused again at once.
     */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    public static Response.ResponseBuilder builder(ErrorCode code, String message, String field) {
        return builder(code.status(), code, message, field);
    }

    public static Response.ResponseBuilder builder(int status, ErrorCode code, String message, String field) {
        if (!code.travelsWith(status)) {
            throw new IllegalArgumentException(code + " is not the contract's code for " + status);
        }
        return Response.status(status)
                .type(JSON_UTF8)
                .entity(ErrorEnvelope.of(code, message, field, RequestIds.current()));
    }

    public static Response of(ErrorCode code, String message, String field) {
        return builder(code, message, field).build();
    }

    public static byte[] bytes(ErrorCode code, String message, String field, String requestId) {
        try {
            return JSON.writeValueAsBytes(ErrorEnvelope.of(code, message, field, requestId));
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
