package dev.portico.adapters.rest.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.portico.adapters.rest.error.ErrorExamples;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Documents the errors that every operation of a kind can answer, so resources annotate only their
 * own: 500 everywhere; 401 and 429 on authenticated operations; 413 and 415 where a body is read;
 * 406 where JSON is produced. An operation that documents one of these itself keeps its own.
 */
final class CommonErrorResponses {

    private static final String ENVELOPE = "#/components/schemas/ErrorEnvelope";

    private CommonErrorResponses() {
    }

    static void addTo(OpenAPI document) {
        document.getPaths().values().stream()
                .flatMap(path -> path.readOperations().stream())
                .forEach(CommonErrorResponses::addTo);
    }

    private static void addTo(Operation operation) {
        ApiResponses responses = operation.getResponses();
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            responses.putIfAbsent("401", error("No valid access token: missing, expired, revoked, or not an "
                    + "access token.", ErrorExamples.AUTH_REQUIRED)
                    .addHeaderObject("WWW-Authenticate", header("`Bearer realm=\"portico\"`, with "
                            + "`error=\"invalid_token\"` when a token was sent.", new StringSchema())));
            responses.putIfAbsent("429", error("Over the caller's quota of authenticated requests (600 per 60 s "
                    + "by default); wait `Retry-After` seconds.", ErrorExamples.RATE_LIMITED)
                    .addHeaderObject("Retry-After", header("Seconds to wait.", new IntegerSchema())));
        }
        if (operation.getRequestBody() != null) {
            responses.putIfAbsent("413", error("The body is over 16 KiB.", ErrorExamples.PAYLOAD_TOO_LARGE));
            responses.putIfAbsent("415", error("A body that is not application/json.",
                    ErrorExamples.UNSUPPORTED_MEDIA_TYPE));
        }
        if (producesJson(responses)) {
            responses.putIfAbsent("406", error("`Accept` excludes application/json.", ErrorExamples.NOT_ACCEPTABLE));
        }
        responses.putIfAbsent("500", error("Unexpected failure; logged with the request id.",
                ErrorExamples.INTERNAL_ERROR));
    }

    private static boolean producesJson(ApiResponses responses) {
        return responses.entrySet().stream()
                .filter(response -> response.getKey().startsWith("2"))
                .map(Map.Entry::getValue)
                .anyMatch(response -> response.getContent() != null
                        && response.getContent().containsKey(jakarta.ws.rs.core.MediaType.APPLICATION_JSON));
    }

    private static ApiResponse error(String description, String example) {
        MediaType json = new MediaType().schema(new Schema<>().$ref(ENVELOPE)).example(parse(example));
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON, json));
    }

    private static Header header(String description, Schema<?> schema) {
        return new Header().description(description).schema(schema);
    }

    private static Object parse(String example) {
        try {
            return Json.mapper().readTree(example);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
