package dev.portico.adapters.rest.auth;

import com.codahale.metrics.annotation.Timed;
import dev.portico.adapters.rest.error.ErrorEnvelope;
import dev.portico.adapters.rest.error.ErrorExamples;
import dev.portico.adapters.rest.openapi.OpenApiDocument;
import dev.portico.application.auth.RotateRefreshToken;
import dev.portico.application.auth.TokenPair;
import dev.portico.domain.error.InvalidInputException;
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

/** {@code POST /api/v1/auth/refresh}: a refresh token for a new pair; the old token is spent. */
@Path("/api/v1/auth/refresh")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Auth")
@Timed
public final class RefreshResource {

    private final RotateRefreshToken rotate;
    private final RefreshCookie cookie;

    public RefreshResource(RotateRefreshToken rotate, RefreshCookie cookie) {
        this.rotate = rotate;
        this.cookie = cookie;
    }

    @POST
    @Operation(operationId = "refresh", summary = "Rotate a refresh token",
            description = "Trades a refresh token, from the body or the `refresh_token` cookie (the body wins when "
                    + "both are sent), for a new access token and a new refresh token of the same login. Each "
                    + "refresh token works once: presenting a used or revoked one revokes every token of that "
                    + "login, so the client must log in again.",
            requestBody = @RequestBody(required = false, description = "Optional when the cookie is sent.",
                    content = @Content(schema = @Schema(implementation = RefreshRequest.class))),
            security = @SecurityRequirement(name = OpenApiDocument.PUBLIC),
            responses = {
                @ApiResponse(responseCode = "200", description = "A new token pair; the cookie is replaced too.",
                        headers = @Header(name = "Set-Cookie", description = "The new refresh_token cookie.",
                                schema = @Schema(type = "string")),
                        content = @Content(schema = @Schema(implementation = TokenPairResponse.class),
                                examples = @ExampleObject(value = AuthExamples.TOKEN_PAIR))),
                @ApiResponse(responseCode = "400", description = "No refresh token in the body or the cookie.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = "{\"error\":{\"code\":\"VALIDATION_ERROR\",\"message\":"
                                        + "\"A refresh token is required, in the body or the refresh_token cookie\","
                                        + "\"field\":\"refresh_token\",\"request_id\":\"req_8f3a2b1c9d0e4f5a\"}}"))),
                @ApiResponse(responseCode = "401", description = "The refresh token is invalid, expired, already used "
                        + "or revoked, or is an access token.",
                        headers = @Header(name = "WWW-Authenticate", description = "`Bearer realm=\"portico\", "
                                + "error=\"invalid_token\"`", schema = @Schema(type = "string")),
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = ErrorExamples.REFRESH_REFUSED)))
            })
    public Response refresh(RefreshRequest request,
            @Parameter(in = ParameterIn.COOKIE, name = RefreshCookie.NAME, description = "The refresh token, when "
                    + "not sent in the body.") @CookieParam(RefreshCookie.NAME) String cookieToken) {
        String token = PresentedRefreshToken.from(request, cookieToken)
                .orElseThrow(() -> new InvalidInputException("refresh_token",
                        "A refresh token is required, in the body or the refresh_token cookie"));
        TokenPair pair = rotate.rotate(token);
        return Response.ok(TokenPairResponse.from(pair))
                .header(HttpHeaders.SET_COOKIE, cookie.set(pair.refreshToken().value(), pair.refreshExpiresInSeconds()))
                .build();
    }
}
