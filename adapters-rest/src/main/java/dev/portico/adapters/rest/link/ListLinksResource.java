package dev.portico.adapters.rest.link;

import com.codahale.metrics.annotation.Timed;
import dev.portico.adapters.rest.auth.PorticoPrincipal;
import dev.portico.adapters.rest.error.ErrorEnvelope;
import dev.portico.adapters.rest.error.ErrorExamples;
import dev.portico.adapters.rest.openapi.OpenApiDocument;
import dev.portico.adapters.rest.paging.IdCursor;
import dev.portico.application.link.LinkSettings;
import dev.portico.application.link.ListLinks;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/v1/links}: the caller's links, newest first. */
@Path("/api/v1/links")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Links")
@Timed
public final class ListLinksResource {

    private static final IdCursor CURSOR = new IdCursor("l");

    private final ListLinks listLinks;
    private final LinkSettings settings;

    public ListLinksResource(ListLinks listLinks, LinkSettings settings) {
        this.listLinks = listLinks;
        this.settings = settings;
    }

    @GET
    @Operation(operationId = "listLinks", summary = "List links",
            description = "The caller's links, newest first, a page at a time. Pages do not repeat or skip links "
                    + "while new ones are created. Admins may pass `all=true` for every owner's links; anyone else "
                    + "gets 403 for it.",
            security = @SecurityRequirement(name = OpenApiDocument.BEARER_SCHEME),
            responses = {
                @ApiResponse(responseCode = "200", description = "One page.",
                        content = @Content(schema = @Schema(implementation = LinkPageResponse.class),
                                examples = @ExampleObject(value = "{\"items\":[" + LinkExamples.LINK + "],"
                                        + "\"next_cursor\":null}"))),
                @ApiResponse(responseCode = "400", description = "`limit` outside 1-100 or a malformed `cursor`.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = "{\"error\":{\"code\":\"VALIDATION_ERROR\",\"message\":"
                                        + "\"Invalid cursor; pass next_cursor from the previous page unchanged\","
                                        + "\"field\":\"cursor\",\"request_id\":\"req_8f3a2b1c9d0e4f5a\"}}"))),
                @ApiResponse(responseCode = "403", description = "`all=true` from a caller who is not an admin.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = ErrorExamples.FORBIDDEN)))
            })
    public LinkPageResponse list(@Parameter(hidden = true) @Auth PorticoPrincipal principal,
            @Parameter(description = "Page size, 1-100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor,
            @Parameter(description = "Admins only: every owner's links.") @QueryParam("all") @DefaultValue("false") boolean all) {
        ListLinks.Page page = listLinks.page(principal.caller(), all, CURSOR.decode(cursor).orElse(Long.MAX_VALUE), limit);
        return new LinkPageResponse(page.links().stream().map(link -> LinkResponse.from(link, settings)).toList(),
                page.nextBeforeId().map(CURSOR::encode).orElse(null));
    }
}
