package dev.portico.adapters.rest.quote;

import com.codahale.metrics.annotation.Timed;
import dev.portico.adapters.rest.auth.PorticoPrincipal;
import dev.portico.adapters.rest.error.ErrorEnvelope;
import dev.portico.adapters.rest.openapi.OpenApiDocument;
import dev.portico.application.quote.GetSnapshot;
import dev.portico.application.quote.SnapshotHistory;
import dev.portico.domain.error.InvalidInputException;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** {@code GET /api/v1/snapshot/{symbol}} and its history: deprecated in favour of v2. */
@Path("/api/v1/snapshot/{symbol}")
@Produces(MediaType.APPLICATION_JSON)
@DeprecatedV1
@Tag(name = "Quotes")
@Timed
public final class SnapshotV1Resource {

    private final GetSnapshot getSnapshot;
    private final SnapshotHistory history;

    public SnapshotV1Resource(GetSnapshot getSnapshot, SnapshotHistory history) {
        this.getSnapshot = getSnapshot;
        this.history = history;
    }

    @GET
    @Operation(operationId = "getSnapshotV1", summary = "Get today's snapshot (v1)", deprecated = true,
            description = "The current trading day (America/New_York; weekends show Friday) so far: open, high, low, "
                    + "last price as close, previous close, change, volume. The first request of a day also stores "
                    + "it for the history. " + QuoteExamples.DEPRECATION,
            security = @SecurityRequirement(name = OpenApiDocument.BEARER_SCHEME),
            responses = {
                @ApiResponse(responseCode = "200", description = "The snapshot.",
                        content = @Content(schema = @Schema(implementation = SnapshotV1Response.class),
                                examples = @ExampleObject(value = QuoteExamples.SNAPSHOT_V1))),
                @ApiResponse(responseCode = "400", description = "Not 1-5 ASCII letters.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = QuoteExamples.INVALID_SYMBOL))),
                @ApiResponse(responseCode = "404", description = "The feed does not know the symbol.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = QuoteExamples.NOT_FOUND))),
                @ApiResponse(responseCode = "503", description = "The feed is down and nothing is stored for today.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = QuoteExamples.UNAVAILABLE)))
            })
    public SnapshotV1Response snapshot(@Parameter(hidden = true) @Auth PorticoPrincipal principal,
            @Parameter(description = "1-5 letters, any case.", example = "CSCO") @PathParam("symbol") String symbol) {
        return SnapshotV1Response.from(getSnapshot.get(V1Symbol.parse(symbol)));
    }

    @GET
    @Path("/history")
    @Operation(operationId = "getSnapshotHistoryV1", summary = "List stored daily snapshots (v1)", deprecated = true,
            description = "Snapshots stored by the daily capture (and by the first request of each day), oldest "
                    + "first, for at most 366 days per call; the last 30 days by default. " + QuoteExamples.DEPRECATION,
            security = @SecurityRequirement(name = OpenApiDocument.BEARER_SCHEME),
            responses = {
                @ApiResponse(responseCode = "200", description = "The stored snapshots in the range.",
                        content = @Content(schema = @Schema(implementation = SnapshotHistoryResponse.class),
                                examples = @ExampleObject(value = "{\"symbol\":\"CSCO\",\"items\":["
                                        + QuoteExamples.SNAPSHOT_V1 + "]}"))),
                @ApiResponse(responseCode = "400", description = "A bad symbol, a date that is not YYYY-MM-DD, a "
                        + "reversed range or more than 366 days; `field` names it.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = "{\"error\":{\"code\":\"VALIDATION_ERROR\",\"message\":"
                                        + "\"from must not be after to\",\"field\":\"to\","
                                        + "\"request_id\":\"req_8f3a2b1c9d0e4f5a\"}}")))
            })
    public SnapshotHistoryResponse history(@Parameter(hidden = true) @Auth PorticoPrincipal principal,
            @Parameter(description = "1-5 letters, any case.", example = "CSCO") @PathParam("symbol") String symbol,
            @Parameter(description = "First day, YYYY-MM-DD.", example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last day, YYYY-MM-DD.", example = "2026-03-01") @QueryParam("to") String to) {
        Symbol canonical = V1Symbol.parse(symbol);
        return new SnapshotHistoryResponse(canonical.value(), history.between(canonical, date("from", from), date("to", to))
                .stream().map(SnapshotV1Response::from).toList());
    }

    static LocalDate date(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException malformed) {
            throw new InvalidInputException(field, field + " must be a date as YYYY-MM-DD");
        }
    }
}
