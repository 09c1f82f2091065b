package dev.portico.adapters.rest.link;

import com.codahale.metrics.annotation.Timed;
import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.adapters.rest.auth.PorticoPrincipal;
import dev.portico.adapters.rest.error.ErrorEnvelope;
import dev.portico.adapters.rest.openapi.OpenApiDocument;
import dev.portico.application.link.DeleteLink;
import dev.portico.application.link.GetLink;
import dev.portico.application.link.LinkSettings;
import dev.portico.application.link.UpdateLink;
import dev.portico.domain.link.Link;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /api/v1/links/{code}}: read, change and delete one of the caller's links. */
@Path("/api/v1/links/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Links")
@Timed
public final class LinkResource {

    private static final String NOT_YOURS = "No such link, or it is not the caller's (another user's link is 404 "
            + "for every verb).";

    private final GetLink getLink;
    private final UpdateLink updateLink;
    private final DeleteLink deleteLink;
    private final LinkSettings settings;

    public LinkResource(GetLink getLink, UpdateLink updateLink, DeleteLink deleteLink, LinkSettings settings) {
        this.getLink = getLink;
        this.updateLink = updateLink;
        this.deleteLink = deleteLink;
        this.settings = settings;
    }

    @GET
    @Operation(operationId = "getLink", summary = "Show a link",
            description = "One of the caller's links (admins: any link), with its visit count and an `ETag` for "
                    + "`If-Match` on PATCH.",
            security = @SecurityRequirement(name = OpenApiDocument.BEARER_SCHEME),
            responses = {
                @ApiResponse(responseCode = "200", description = "The link.",
                        headers = @Header(name = "ETag", description = "The link's version.", schema = @Schema(type = "string")),
                        content = @Content(schema = @Schema(implementation = LinkResponse.class),
                                examples = @ExampleObject(value = LinkExamples.LINK))),
                @ApiResponse(responseCode = "404", description = NOT_YOURS,
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = LinkExamples.NOT_FOUND)))
            })
    public Response get(@Parameter(hidden = true) @Auth PorticoPrincipal principal,
            @Parameter(description = "The link's code.") @PathParam("code") String code) {
        return withEtag(getLink.get(principal.caller(), code));
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateLink", summary = "Change a link",
            description = "Changes any of `url`, `expires_in` (counted from now; null removes the expiry), "
                    + "`max_visits` (null removes the limit) and `redirect_status`. Fields left out stay as they "
                    + "are. With `If-Match`, the change applies only if the link still has that ETag.",
            security = @SecurityRequirement(name = OpenApiDocument.BEARER_SCHEME),
            requestBody = @RequestBody(required = true, content = @Content(
                    schema = @Schema(type = "object", description = "Any of url, expires_in, max_visits, redirect_status."),
                    examples = @ExampleObject(value = "{\"url\":\"https://example.com/new\",\"max_visits\":null}"))),
            responses = {
                @ApiResponse(responseCode = "200", description = "The changed link.",
                        headers = @Header(name = "ETag", description = "The new version.", schema = @Schema(type = "string")),
                        content = @Content(schema = @Schema(implementation = LinkResponse.class),
                                examples = @ExampleObject(value = LinkExamples.LINK))),
                @ApiResponse(responseCode = "400", description = "A field breaks a rule, is unknown or has the wrong "
                        + "type, or the body changes nothing.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = LinkExamples.URL_REFUSED))),
                @ApiResponse(responseCode = "404", description = NOT_YOURS,
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = LinkExamples.NOT_FOUND))),
                @ApiResponse(responseCode = "412", description = "`If-Match` does not match the current ETag.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = "{\"error\":{\"code\":\"PRECONDITION_FAILED\",\"message\":"
                                        + "\"The link has changed since that ETag; fetch it again\","
                                        + "\"request_id\":\"req_8f3a2b1c9d0e4f5a\"}}")))
            })
    public Response update(@Parameter(hidden = true) @Auth PorticoPrincipal principal,
            @Parameter(description = "The link's code.") @PathParam("code") String code,
            @Parameter(description = "An ETag from GET; 412 when the link has changed since.")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(hidden = true) JsonNode body) {
        return withEtag(updateLink.update(principal.caller(), code, PatchBody.read(body), IfMatch.versions(ifMatch)));
    }

    @DELETE
    @Operation(operationId = "deleteLink", summary = "Delete a link",
            description = "Deletes the link and its visits; its code answers 404 from then on. Owner or admin only.",
            security = @SecurityRequirement(name = OpenApiDocument.BEARER_SCHEME),
            responses = {
                @ApiResponse(responseCode = "204", description = "Deleted."),
                @ApiResponse(responseCode = "404", description = NOT_YOURS,
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = LinkExamples.NOT_FOUND)))
            })
    public Response delete(@Parameter(hidden = true) @Auth PorticoPrincipal principal,
            @Parameter(description = "The link's code.") @PathParam("code") String code) {
        deleteLink.delete(principal.caller(), code);
        return Response.noContent().build();
    }

    private Response withEtag(Link link) {
        return Response.ok(LinkResponse.from(link, settings)).header(HttpHeaders.ETAG, LinkResponse.etag(link)).build();
    }
}
