package dev.portico.adapters.rest.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /s/{code}} is served below Jersey (a Jetty handler), so no annotation scan sees it; it
 * is described here instead.
 */
final class RedirectDocumentation {

    private static final String ENVELOPE = "#/components/schemas/ErrorEnvelope";

    private RedirectDocumentation() {
    }

    static void addTo(OpenAPI document) {
        ApiResponses responses = new ApiResponses()
                .addApiResponse("302", redirect("Found: the default redirect."))
                .addApiResponse("301", redirect("Moved Permanently, for links created with redirect_status 301."))
                .addApiResponse("307", redirect("Temporary Redirect, for links created with redirect_status 307."))
                .addApiResponse("308", redirect("Permanent Redirect, for links created with redirect_status 308."))
                .addApiResponse("404", error("No link has this code (or it was deleted).",
                        "{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"No short link has this code\","
                                + "\"request_id\":\"req_8f3a2b1c9d0e4f5a\"}}"))
                .addApiResponse("410", error("The link expired or reached its visit limit.",
                        "{\"error\":{\"code\":\"GONE\",\"message\":\"This short link has expired\","
                                + "\"request_id\":\"req_8f3a2b1c9d0e4f5a\"}}"));
        Operation follow = new Operation()
                .operationId("followLink")
                .summary("Follow a short link")
                .description("Public. Redirects to the link's target with its status (302 unless the link chose "
                        + "301, 307 or 308) and `Cache-Control: no-store`, so every follow is counted and a change "
                        + "to the link applies at once. The visit (time, referrer host, user agent; never the IP "
                        + "address) is queued and written in batches; it shows in stats within about a second.")
                .tags(List.of("Links"))
                .security(new ArrayList<>())
                .addParametersItem(new PathParameter().name("code").description("The link's code.")
                        .schema(new StringSchema().pattern("^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$")).example("my-link"))
                .responses(responses);
        document.getPaths().addPathItem("/s/{code}", new PathItem().get(follow));
    }

    private static ApiResponse redirect(String description) {
        return new ApiResponse().description(description)
                .addHeaderObject("Location", new Header().description("The target URL.").schema(new StringSchema())
                        .example("https://example.com/long-article-path"));
    }

    private static ApiResponse error(String description, String example) {
        try {
            MediaType json = new MediaType().schema(new Schema<>().$ref(ENVELOPE)).example(Json.mapper().readTree(example));
            return new ApiResponse().description(description)
                    .content(new Content().addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON, json));
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
