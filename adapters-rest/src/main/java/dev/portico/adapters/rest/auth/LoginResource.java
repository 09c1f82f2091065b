package dev.portico.adapters.rest.auth;

import com.codahale.metrics.annotation.Timed;
import dev.portico.adapters.rest.error.ErrorEnvelope;
import dev.portico.adapters.rest.error.ErrorExamples;
import dev.portico.adapters.rest.openapi.OpenApiDocument;
import dev.portico.adapters.rest.ratelimit.RateLimitKey;
import dev.portico.adapters.rest.ratelimit.RateLimited;
import dev.portico.application.auth.Login;
import dev.portico.application.auth.TokenPair;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /api/v1/auth/login}: username and password for a token pair. */
@Path("/api/v1/auth/login")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Auth")
@Timed
public final class LoginResource {

    private final Login login;
    private final RefreshCookie cookie;

    public LoginResource(Login login, RefreshCookie cookie) {
        this.login = login;
        this.cookie = cookie;
    }

    @POST
    @RateLimited(policy = "auth", key = RateLimitKey.CLIENT_IP)
    @Operation(operationId = "login", summary = "Log in",
            description = "Checks the username and password and starts a new login: an access token (15 min) and a "
                    + "refresh token (7 days, rotated on every refresh, at most 30 days per login). The refresh "
                    + "token is also set as the `refresh_token` cookie (HttpOnly, SameSite=Strict, "
                    + "Path=/api/v1/auth, Secure). An unknown user and a wrong password get the same answer. "
                    + "Limited to 5 requests per 60 s per client IP.",
            security = @SecurityRequirement(name = OpenApiDocument.PUBLIC),
            responses = {
                @ApiResponse(responseCode = "200", description = "Logged in.",
                        headers = {@Header(name = "Set-Cookie", description = "The refresh_token cookie.",
                                schema = @Schema(type = "string")),
                            @Header(name = "RateLimit-Policy", description = "Quota policy, e.g. `\"default\";q=5;w=60`.",
                                schema = @Schema(type = "string")),
                            @Header(name = "RateLimit", description = "Remaining quota, e.g. `\"default\";r=4;t=12`.",
                                schema = @Schema(type = "string"))},
                        content = @Content(schema = @Schema(implementation = TokenPairResponse.class),
                                examples = @ExampleObject(value = AuthExamples.TOKEN_PAIR))),
                @ApiResponse(responseCode = "400", description = "`username` or `password` is missing or not a string.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = "{\"error\":{\"code\":\"VALIDATION_ERROR\",\"message\":"
                                        + "\"Password is required\",\"field\":\"password\","
                                        + "\"request_id\":\"req_8f3a2b1c9d0e4f5a\"}}"))),
                @ApiResponse(responseCode = "401", description = "Unknown user or wrong password (one answer for both).",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = ErrorExamples.INVALID_CREDENTIALS))),
                @ApiResponse(responseCode = "429", description = "Over 5 requests per 60 s from this IP, or too many "
                        + "password checks in progress; wait `Retry-After` seconds.",
                        headers = @Header(name = "Retry-After", description = "Seconds to wait.", schema = @Schema(type = "integer")),
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = ErrorExamples.RATE_LIMITED)))
            })
    public Response login(@NotNull @Valid CredentialsRequest request) {
        TokenPair pair = login.login(request.username(), request.password());
        return Response.ok(TokenPairResponse.from(pair))
                .header(HttpHeaders.SET_COOKIE, cookie.set(pair.refreshToken().value(), pair.refreshExpiresInSeconds()))
                .build();
    }
}
