package dev.portico.adapters.rest.auth;

import com.codahale.metrics.annotation.Timed;
import dev.portico.adapters.rest.error.ErrorEnvelope;
import dev.portico.adapters.rest.error.ErrorExamples;
import dev.portico.adapters.rest.openapi.OpenApiDocument;
import dev.portico.application.user.CurrentUser;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/v1/auth/me}: the caller's account. */
@Path("/api/v1/auth/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Auth")
@Timed
public final class MeResource {

    private final CurrentUser currentUser;

    public MeResource(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "getMe", summary = "Show the caller's account",
            description = "The account the access token belongs to.",
            security = @SecurityRequirement(name = OpenApiDocument.BEARER_SCHEME),
            responses = {
                @ApiResponse(responseCode = "200", description = "The caller's account.",
                        headers = {@Header(name = "RateLimit-Policy", description = "`\"default\";q=600;w=60`.",
                                schema = @Schema(type = "string")),
                            @Header(name = "RateLimit", description = "Remaining quota.", schema = @Schema(type = "string"))},
                        content = @Content(schema = @Schema(implementation = UserResponse.class),
                                examples = @ExampleObject(value = AuthExamples.USER)))
            })
    public UserResponse me(@Parameter(hidden = true) @Auth PorticoPrincipal principal) {
        return UserResponse.from(currentUser.of(principal.caller().userId()));
    }
}
