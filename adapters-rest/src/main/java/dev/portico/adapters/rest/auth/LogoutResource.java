package dev.portico.adapters.rest.auth;

import com.codahale.metrics.annotation.Timed;
import dev.portico.adapters.rest.error.ErrorEnvelope;
import dev.portico.adapters.rest.error.ErrorExamples;
import dev.portico.adapters.rest.openapi.OpenApiDocument;
import dev.portico.application.auth.Logout;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /api/v1/auth/logout}: ends one login. */
@Path("/api/v1/auth/logout")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Auth")
@Timed
public final class LogoutResource {

    private final Logout logout;
    private final RefreshCookie cookie;

    public LogoutResource(Logout logout, RefreshCookie cookie) {
        this.logout = logout;
        this.cookie = cookie;
    }

    @POST
    @Operation(operationId = "logout", summary = "Log out of one login",
            description = "Revokes the whole family of the refresh token sent in the body or the `refresh_token` "
                    + "cookie (every token rotated from that login) and clears the cookie. A token that is not "
                    + "the caller's or not valid is ignored, so logging out twice is harmless. The access token "
                    + "stays valid until it expires (at most 15 min); use logout-all to stop it at once.",
            security = @SecurityRequirement(name = OpenApiDocument.BEARER_SCHEME),
            requestBody = @RequestBody(required = false, description = "Optional when the cookie is sent.",
                    content = @Content(schema = @Schema(implementation = RefreshRequest.class))),
            responses = {
                @ApiResponse(responseCode = "204", description = "Logged out; the cookie is cleared.",
                        headers = @Header(name = "Set-Cookie", description = "Clears the refresh_token cookie.",
                                schema = @Schema(type = "string")))
            })
    public Response logout(@Parameter(hidden = true) @Auth PorticoPrincipal principal, RefreshRequest request,
            @Parameter(in = ParameterIn.COOKIE, name = RefreshCookie.NAME, description = "The refresh token, when "
                    + "not sent in the body.") @CookieParam(RefreshCookie.NAME) String cookieToken) {
        logout.logout(principal.caller(), PresentedRefreshToken.from(request, cookieToken));
        return Response.noContent().header(HttpHeaders.SET_COOKIE, cookie.clear()).build();
    }
}
