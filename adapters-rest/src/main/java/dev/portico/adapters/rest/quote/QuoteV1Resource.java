package dev.portico.adapters.rest.quote;

import com.codahale.metrics.annotation.Timed;
import dev.portico.adapters.rest.error.ErrorEnvelope;
import dev.portico.adapters.rest.openapi.OpenApiDocument;
import dev.portico.application.quote.FeedQuote;
import dev.portico.application.quote.GetQuote;
import dev.portico.domain.quote.Symbol;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import dev.portico.adapters.rest.auth.PorticoPrincipal;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /api/v1/quote/{symbol}}: deprecated in favour of v2. */
@Path("/api/v1/quote/{symbol}")
@Produces(MediaType.APPLICATION_JSON)
@DeprecatedV1
@Tag(name = "Quotes", description = "Stock quotes and daily snapshots.")
@Timed
public final class QuoteV1Resource {

    private final GetQuote getQuote;

    public QuoteV1Resource(GetQuote getQuote) {
        this.getQuote = getQuote;
    }

    @GET
    @Operation(operationId = "getQuoteV1", summary = "Get a quote (v1)", deprecated = true,
            description = "The latest price of a 1-5 letter symbol as a JSON number. A price served from cache "
                    + "because the feed failed carries `X-Quote-Stale: true`. " + QuoteExamples.DEPRECATION,
            security = @SecurityRequirement(name = OpenApiDocument.BEARER_SCHEME),
            responses = {
                @ApiResponse(responseCode = "200", description = "The quote.",
                        headers = {@Header(name = "X-Quote-Stale", description = "`true` when the price is the last "
                                + "good one from cache.", schema = @Schema(type = "string")),
                            @Header(name = "Deprecation", description = "`@<unix seconds>` (RFC 9745).",
                                schema = @Schema(type = "string")),
                            @Header(name = "Sunset", description = "HTTP-date (RFC 8594).", schema = @Schema(type = "string")),
                            @Header(name = "Link", description = "`</api/v2/quote/CSCO>; rel=\"successor-version\", "
                                    + "</docs>; rel=\"deprecation\"`", schema = @Schema(type = "string"))},
                        content = @Content(schema = @Schema(implementation = QuoteV1Response.class),
                                examples = @ExampleObject(value = QuoteExamples.QUOTE_V1))),
                @ApiResponse(responseCode = "400", description = "Not 1-5 ASCII letters.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = QuoteExamples.INVALID_SYMBOL))),
                @ApiResponse(responseCode = "404", description = "The feed does not know the symbol.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = QuoteExamples.NOT_FOUND))),
                @ApiResponse(responseCode = "503", description = "The feed is down and no recent price is cached.",
                        headers = @Header(name = "Retry-After", description = "Seconds.", schema = @Schema(type = "integer")),
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = QuoteExamples.UNAVAILABLE)))
            })
    public Response quote(@Parameter(hidden = true) @Auth PorticoPrincipal principal,
            @Parameter(description = "1-5 letters, any case.", example = "CSCO") @PathParam("symbol") String symbol) {
        FeedQuote quote = getQuote.get(V1Symbol.parse(symbol));
        Response.ResponseBuilder response = Response.ok(QuoteV1Response.from(quote));
        if (quote.stale()) {
            response.header("X-Quote-Stale", "true");
        }
        return response.build();
    }
}
