package dev.portico.adapters.rest.link;

import com.codahale.metrics.annotation.Timed;
import dev.portico.adapters.rest.auth.PorticoPrincipal;
import dev.portico.adapters.rest.error.ErrorEnvelope;
import dev.portico.adapters.rest.openapi.OpenApiDocument;
import dev.portico.application.link.LinkStats;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/v1/links/{code}/stats}: how a link has been used. */
@Path("/api/v1/links/{code}/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Links")
@Timed
public final class LinkStatsResource {

    private final LinkStats linkStats;

    public LinkStatsResource(LinkStats linkStats) {
        this.linkStats = linkStats;
    }

    @GET
    @Operation(operationId = "getLinkStats", summary = "Count a link's visits",
            description = "The total, visits per UTC day over the last `days` days (today included), and the top "
                    + "referrer hosts in that range. Visits are written in batches, so the last second may be missing.",
            security = @SecurityRequirement(name = OpenApiDocument.BEARER_SCHEME),
            responses = {
                @ApiResponse(responseCode = "200", description = "The numbers.",
                        content = @Content(schema = @Schema(implementation = LinkStatsResponse.class),
                                examples = @ExampleObject(value = "{\"code\":\"my-link\",\"total\":12,\"daily\":"
                                        + "[{\"date\":\"2026-03-02\",\"visits\":12}],\"top_referrers\":"
                                        + "[{\"host\":\"news.ycombinator.com\",\"visits\":7}]}"))),
                @ApiResponse(responseCode = "400", description = "`days` outside 1-366.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = "{\"error\":{\"code\":\"VALIDATION_ERROR\",\"message\":"
                                        + "\"'days' must be less than or equal to 366\",\"field\":\"days\","
                                        + "\"request_id\":\"req_8f3a2b1c9d0e4f5a\"}}"))),
                @ApiResponse(responseCode = "404", description = "No such link, or not the caller's.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = LinkExamples.NOT_FOUND)))
            })
    public LinkStatsResponse stats(@Parameter(hidden = true) @Auth PorticoPrincipal principal,
            @Parameter(description = "The link's code.") @PathParam("code") String code,
            @Parameter(description = "Days back, 1-366.") @QueryParam("days") @DefaultValue("30") @Min(1) @Max(366) int days) {
        return LinkStatsResponse.from(linkStats.of(principal.caller(), code, days));
    }
}
