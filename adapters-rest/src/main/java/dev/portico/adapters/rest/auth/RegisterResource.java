package dev.portico.adapters.rest.auth;

import com.codahale.metrics.annotation.Timed;
import dev.portico.adapters.rest.error.ErrorEnvelope;
import dev.portico.adapters.rest.error.ErrorExamples;
import dev.portico.adapters.rest.openapi.OpenApiDocument;
import dev.portico.adapters.rest.ratelimit.RateLimitKey;
import dev.portico.adapters.rest.ratelimit.RateLimited;
import dev.portico.application.user.RegisterUser;
import dev.portico.domain.user.Role;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /api/v1/auth/register}: anyone may create a {@code user} account. */
@Path("/api/v1/auth/register")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Auth", description = "Accounts, login and tokens.")
@Timed
public final class RegisterResource {

    private final RegisterUser registerUser;

    public RegisterResource(RegisterUser registerUser) {
        this.registerUser = registerUser;
    }

    @POST
    @RateLimited(policy = "auth", key = RateLimitKey.CLIENT_IP)
    @Operation(operationId = "register", summary = "Create an account",
            description = "Creates an account with role `user` (admins are made with the `user create --admin` CLI "
                    + "command). The username is stored lower-case. The password must be 12-128 characters, must "
                    + "not contain the username and must be hard to guess; a refusal says what to change. "
                    + "Limited to 5 requests per 60 s per client IP.",
            security = @SecurityRequirement(name = OpenApiDocument.PUBLIC),
            responses = {
                @ApiResponse(responseCode = "201", description = "The account was created.",
                        headers = {@Header(name = "RateLimit-Policy", description = "Quota policy, e.g. `\"default\";q=5;w=60`.",
                                schema = @Schema(type = "string")),
                            @Header(name = "RateLimit", description = "Remaining quota, e.g. `\"default\";r=4;t=12`.",
                                schema = @Schema(type = "string"))},
                        content = @Content(schema = @Schema(implementation = UserResponse.class),
                                examples = @ExampleObject(value = AuthExamples.USER))),
                @ApiResponse(responseCode = "400", description = "A field is missing or breaks a rule; `field` names it.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = "{\"error\":{\"code\":\"VALIDATION_ERROR\",\"message\":"
                                        + "\"Password must be at least 12 characters long; it has 8\",\"field\":\"password\","
                                        + "\"request_id\":\"req_8f3a2b1c9d0e4f5a\"}}"))),
                @ApiResponse(responseCode = "409", description = "The username is taken.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = "{\"error\":{\"code\":\"CONFLICT\",\"message\":"
                                        + "\"Username is already taken\",\"field\":\"username\","
                                        + "\"request_id\":\"req_8f3a2b1c9d0e4f5a\"}}"))),
                @ApiResponse(responseCode = "429", description = "Over 5 requests per 60 s from this IP, or too many "
                        + "password hashes in progress; wait `Retry-After` seconds.",
                        headers = @Header(name = "Retry-After", description = "Seconds to wait.", schema = @Schema(type = "integer")),
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = ErrorExamples.RATE_LIMITED)))
            })
    public Response register(@NotNull @Valid CredentialsRequest request) {
        UserResponse user = UserResponse.from(registerUser.register(request.username(), request.password(), Role.USER));
        return Response.status(Response.Status.CREATED).entity(user).build();
    }
}
