package dev.portico.adapters.rest.auth;

import com.codahale.metrics.annotation.Timed;
import dev.portico.adapters.rest.error.ErrorEnvelope;
import dev.portico.adapters.rest.error.ErrorExamples;
import dev.portico.adapters.rest.openapi.OpenApiDocument;
import dev.portico.adapters.rest.paging.IdCursor;
import dev.portico.application.user.ListUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/v1/admin/users}: every account, for administrators only. */
@Path("/api/v1/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Operations reserved for the admin role.")
@Timed
public final class AdminUsersResource {

    private static final IdCursor CURSOR = new IdCursor("u");

    private final ListUsers listUsers;

    public AdminUsersResource(ListUsers listUsers) {
        this.listUsers = listUsers;
    }

    @GET
    @RolesAllowed("admin")
    @Operation(operationId = "listUsers", summary = "List accounts",
            description = "Every account in id order, a page at a time. Admin role only; anyone else gets 403.",
            security = @SecurityRequirement(name = OpenApiDocument.BEARER_SCHEME),
            responses = {
                @ApiResponse(responseCode = "200", description = "One page of accounts.",
                        content = @Content(schema = @Schema(implementation = UserPageResponse.class),
                                examples = @ExampleObject(value = "{\"items\":[" + AuthExamples.USER + "],"
                                        + "\"next_cursor\":null}"))),
                @ApiResponse(responseCode = "400", description = "`limit` outside 1-100 or a malformed `cursor`.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = "{\"error\":{\"code\":\"VALIDATION_ERROR\",\"message\":"
                                        + "\"'limit' must be less than or equal to 100\",\"field\":\"limit\","
                                        + "\"request_id\":\"req_8f3a2b1c9d0e4f5a\"}}"))),
                @ApiResponse(responseCode = "403", description = "The caller is not an admin.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = ErrorExamples.FORBIDDEN)))
            })
    public UserPageResponse list(
            @Parameter(description = "Page size, 1-100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "`next_cursor` of the previous page.") @QueryParam("cursor") String cursor) {
        ListUsers.Page page = listUsers.page(CURSOR.decode(cursor).orElse(0), limit);
        return new UserPageResponse(page.users().stream().map(UserResponse::from).toList(),
                page.nextAfterId().map(CURSOR::encode).orElse(null));
    }
}
