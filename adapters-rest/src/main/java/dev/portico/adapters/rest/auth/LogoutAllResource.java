package dev.portico.adapters.rest.auth;

import com.codahale.metrics.annotation.Timed;
import dev.portico.adapters.rest.error.ErrorEnvelope;
import dev.portico.adapters.rest.error.ErrorExamples;
import dev.portico.adapters.rest.openapi.OpenApiDocument;
import dev.portico.application.auth.LogoutAll;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /api/v1/auth/logout-all}: ends every login of the caller. */
@Path("/api/v1/auth/logout-all")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Auth")
@Timed
public final class LogoutAllResource {

    private final LogoutAll logoutAll;
    private final RefreshCookie cookie;

    public LogoutAllResource(LogoutAll logoutAll, RefreshCookie cookie) {
        this.logoutAll = logoutAll;
        this.cookie = cookie;
    }

    @POST
    @Operation(operationId = "logoutAll", summary = "Log out everywhere",
            description = "Revokes every refresh token of the caller, on every device, and stops every access token "
                    + "issued until now, including the one sending this request. Clears the cookie.",
            security = @SecurityRequirement(name = OpenApiDocument.BEARER_SCHEME),
            responses = {
                @ApiResponse(responseCode = "204", description = "Every login of the caller has ended.",
                        headers = @Header(name = "Set-Cookie", description = "Clears the refresh_token cookie.",
                                schema = @Schema(type = "string")))
            })
    public Response logoutAll(@Parameter(hidden = true) @Auth PorticoPrincipal principal) {
        logoutAll.logoutAll(principal.caller());
        return Response.noContent().header(HttpHeaders.SET_COOKIE, cookie.clear()).build();
    }
}
