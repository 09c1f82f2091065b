package dev.portico.adapters.rest.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** The one error shape every failure a client can see is rendered in. */
@Schema(name = "ErrorEnvelope", description = "Every error, from every layer, has exactly this shape.")
public record ErrorEnvelope(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Error error) {

    @Schema(name = "ErrorDetail", description = "What went wrong, for people and programs.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "VALIDATION_ERROR",
                    allowableValues = {"VALIDATION_ERROR", "AUTH_REQUIRED", "INVALID_CREDENTIALS", "FORBIDDEN",
                            "NOT_FOUND", "METHOD_NOT_ALLOWED", "NOT_ACCEPTABLE", "CONFLICT", "GONE",
                            "PRECONDITION_FAILED", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "RATE_LIMITED",
                            "INTERNAL_ERROR", "UPSTREAM_UNAVAILABLE", "BAD_REQUEST"},
                    description = "Stable machine-readable code, one per status: a 400 is always VALIDATION_ERROR; "
                            + "BAD_REQUEST is any other 4xx the server produces (408, 411, 414, 431, ...).")
            String code,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Invalid ticker symbol",
                    description = "One human sentence.")
            String message,
            @Schema(example = "symbol", description = "The one input field at fault, as the client named it; absent otherwise.")
            String field,
            @JsonProperty("request_id")
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "req_8f3a2b1c9d0e4f5a",
                    description = "Equals the X-Request-Id response header and the server log line.")
            String requestId) {
    }

    public static ErrorEnvelope of(ErrorCode code, String message, String field, String requestId) {
        return new ErrorEnvelope(new Error(code.name(), message, field, requestId));
    }
}
