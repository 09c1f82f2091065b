package dev.portico.adapters.rest.quote;

import com.codahale.metrics.annotation.Timed;
import dev.portico.adapters.rest.auth.PorticoPrincipal;
import dev.portico.adapters.rest.error.ErrorEnvelope;
import dev.portico.adapters.rest.openapi.OpenApiDocument;
import dev.portico.application.quote.GetQuote;
import dev.portico.application.quote.GetQuotes;
import dev.portico.application.quote.GetSnapshot;
import dev.portico.domain.quote.Symbol;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/** The v2 quote routes: share classes, decimal strings, staleness in the body, batches. */
@Path("/api/v2")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes")
@Timed
public final class QuoteV2Resource {

    private final GetQuote getQuote;
    private final GetQuotes getQuotes;
    private final GetSnapshot getSnapshot;

    public QuoteV2Resource(GetQuote getQuote, GetQuotes getQuotes, GetSnapshot getSnapshot) {
        this.getQuote = getQuote;
        this.getQuotes = getQuotes;
        this.getSnapshot = getSnapshot;
    }

    @GET
    @Path("/quote/{symbol}")
    @Operation(operationId = "getQuote", summary = "Get a quote",
            description = "The latest price. The symbol may carry one share class written with '.', '-' or '/' "
                    + "(URL-encoded as %2F): `BRK.B`, `BRK-B` and `BRK%2FB` are all `BRK.B`, and `requested` echoes "
                    + "what was asked. Money is a decimal string. When the feed fails, the last good price up to "
                    + "the configured age is served with `stale: true`.",
            security = @SecurityRequirement(name = OpenApiDocument.BEARER_SCHEME),
            responses = {
                @ApiResponse(responseCode = "200", description = "The quote.",
                        content = @Content(schema = @Schema(implementation = QuoteV2Response.class),
                                examples = @ExampleObject(value = QuoteExamples.QUOTE_V2))),
                @ApiResponse(responseCode = "400", description = "Not a symbol.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = QuoteExamples.INVALID_SYMBOL))),
                @ApiResponse(responseCode = "404", description = "The feed does not know the symbol.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = QuoteExamples.NOT_FOUND))),
                @ApiResponse(responseCode = "503", description = "The feed is down and no recent price is cached.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = QuoteExamples.UNAVAILABLE)))
            })
    public QuoteV2Response quote(@Parameter(hidden = true) @Auth PorticoPrincipal principal,
            @Parameter(description = "A symbol, optionally with a share class.", example = "BRK.B")
            @PathParam("symbol") String symbol) {
        return QuoteV2Response.from(symbol, getQuote.get(Symbol.parse(symbol)));
    }

    @GET
    @Path("/quotes")
    @Operation(operationId = "getQuotes", summary = "Get several quotes",
            description = "Quotes of up to 50 comma-separated symbols. An unknown symbol is listed in `not_found` "
                    + "and one the feed cannot answer for right now in `unavailable`; neither fails the batch. A "
                    + "symbol asked twice, in any spelling, is answered once.",
            security = @SecurityRequirement(name = OpenApiDocument.BEARER_SCHEME),
            responses = {
                @ApiResponse(responseCode = "200", description = "The quotes.",
                        content = @Content(schema = @Schema(implementation = QuotesV2Response.class),
                                examples = @ExampleObject(value = "{\"items\":[" + QuoteExamples.QUOTE_V2 + "],"
                                        + "\"not_found\":[\"ZZZZ\"],\"unavailable\":[]}"))),
                @ApiResponse(responseCode = "400", description = "No symbols, more than 50, or one that is not a "
                        + "symbol; `field` is `symbols`.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = "{\"error\":{\"code\":\"VALIDATION_ERROR\",\"message\":"
                                        + "\"Invalid ticker symbol 'CSCO1'\",\"field\":\"symbols\","
                                        + "\"request_id\":\"req_8f3a2b1c9d0e4f5a\"}}"))),
                @ApiResponse(responseCode = "503", description = "The feed could answer for none of the symbols.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = QuoteExamples.UNAVAILABLE)))
            })
    public QuotesV2Response quotes(@Parameter(hidden = true) @Auth PorticoPrincipal principal,
            @Parameter(description = "Comma-separated symbols, at most 50.", example = "CSCO,AAPL,BRK.B")
            @QueryParam("symbols") String symbols) {
        List<String> requested = symbols == null || symbols.isBlank()
                ? List.of()
                : Arrays.stream(symbols.split(",")).map(String::strip).filter(text -> !text.isEmpty()).toList();
        GetQuotes.Batch batch = getQuotes.get(requested);
        return new QuotesV2Response(
                batch.items().stream().map(item -> QuoteV2Response.from(item.requested().strip(), item.quote())).toList(),
                batch.notFound(), batch.unavailable());
    }

    @GET
    @Path("/snapshot/{symbol}")
    @Operation(operationId = "getSnapshot", summary = "Get today's snapshot",
            description = "As v1, with share classes and money as decimal strings.",
            security = @SecurityRequirement(name = OpenApiDocument.BEARER_SCHEME),
            responses = {
                @ApiResponse(responseCode = "200", description = "The snapshot.",
                        content = @Content(schema = @Schema(implementation = SnapshotV2Response.class),
                                examples = @ExampleObject(value = QuoteExamples.SNAPSHOT_V2))),
                @ApiResponse(responseCode = "400", description = "Not a symbol.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = QuoteExamples.INVALID_SYMBOL))),
                @ApiResponse(responseCode = "404", description = "The feed does not know the symbol.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = QuoteExamples.NOT_FOUND))),
                @ApiResponse(responseCode = "503", description = "The feed is down and nothing is stored for today.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = QuoteExamples.UNAVAILABLE)))
            })
    public SnapshotV2Response snapshot(@Parameter(hidden = true) @Auth PorticoPrincipal principal,
            @Parameter(description = "A symbol, optionally with a share class.", example = "BRK.B")
            @PathParam("symbol") String symbol) {
        return SnapshotV2Response.from(getSnapshot.get(Symbol.parse(symbol)));
    }
}
