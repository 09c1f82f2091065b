package dev.portico.adapters.rest.link;

import com.codahale.metrics.annotation.Timed;
import dev.portico.adapters.rest.auth.PorticoPrincipal;
import dev.portico.adapters.rest.error.ErrorEnvelope;
import dev.portico.adapters.rest.error.ErrorWording;
import dev.portico.adapters.rest.openapi.OpenApiDocument;
import dev.portico.adapters.rest.ratelimit.RateLimitKey;
import dev.portico.adapters.rest.ratelimit.RateLimited;
import dev.portico.application.link.LinkSettings;
import dev.portico.application.link.ShortenLink;
import dev.portico.application.link.Shortened;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** {@code POST /api/v1/shorten}: a new short link for the caller. */
@Path("/api/v1/shorten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Links", description = "Short links: create, follow, list, change, count.")
@Timed
public final class ShortenResource {

    private final ShortenLink shortenLink;
    private final LinkSettings settings;

    public ShortenResource(ShortenLink shortenLink, LinkSettings settings) {
        this.shortenLink = shortenLink;
        this.settings = settings;
    }

    @POST
    @RateLimited(policy = "shorten", key = RateLimitKey.USER)
    @Operation(operationId = "shorten", summary = "Shorten a URL",
            description = "Creates a short link owned by the caller, with a custom code or a random 7-character one. "
                    + "With an `Idempotency-Key`, a retry with the same key and body within 24 h returns the first "
                    + "link (201, same code) instead of creating another; the same key with another body is 409. "
                    + "Limited to 30 per 60 s per user.",
            security = @SecurityRequirement(name = OpenApiDocument.BEARER_SCHEME),
            responses = {
                @ApiResponse(responseCode = "201", description = "Created (or replayed for a repeated Idempotency-Key).",
                        headers = {@Header(name = "Location", description = "`/api/v1/links/{code}`",
                                schema = @Schema(type = "string")),
                            @Header(name = "ETag", description = "The link's version, for If-Match.",
                                schema = @Schema(type = "string")),
                            @Header(name = "RateLimit-Policy", description = "`\"default\";q=30;w=60`.",
                                schema = @Schema(type = "string")),
                            @Header(name = "RateLimit", description = "Remaining quota.", schema = @Schema(type = "string"))},
                        content = @Content(schema = @Schema(implementation = LinkResponse.class),
                                examples = @ExampleObject(value = LinkExamples.LINK))),
                @ApiResponse(responseCode = "400", description = "A field breaks a rule (url, custom_code, expires_in, "
                        + "max_visits, redirect_status, an unknown field, a malformed Idempotency-Key); `field` names it.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = LinkExamples.URL_REFUSED))),
                @ApiResponse(responseCode = "409", description = "The custom code is taken (`field: custom_code`), or "
                        + "the Idempotency-Key was used with another body (`field: Idempotency-Key`).",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = "{\"error\":{\"code\":\"CONFLICT\",\"message\":"
                                        + "\"custom_code 'my-link' is already taken\",\"field\":\"custom_code\","
                                        + "\"request_id\":\"req_8f3a2b1c9d0e4f5a\"}}")))
            })
    public Response shorten(@Parameter(hidden = true) @Auth PorticoPrincipal principal,
            @Parameter(description = "1-64 printable ASCII characters; makes retries safe.")
            @HeaderParam(ErrorWording.IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid ShortenRequest request) {
        Shortened shortened = shortenLink.shorten(principal.caller(), request.command(), Optional.ofNullable(idempotencyKey));
        String code = shortened.link().code().value();
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/api/v1/links/" + code)
                .header(HttpHeaders.ETAG, LinkResponse.etag(shortened.link()))
                .entity(LinkResponse.from(shortened.link(), settings))
                .build();
    }
}
