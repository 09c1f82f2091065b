package dev.portico.adapters.rest.pulse;

import com.codahale.metrics.annotation.Timed;
import dev.portico.adapters.rest.error.ErrorEnvelope;
import dev.portico.adapters.rest.openapi.OpenApiDocument;
import dev.portico.application.pulse.CheckPulse;
import dev.portico.application.pulse.Pulse;
import io.swagger.v3.oas.annotations.Operation;
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
import jakarta.ws.rs.core.Response;

/** {@code GET /api/v1/pulse}: public, cheap, and honest about the database. */
@Path("/api/v1/pulse")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Health of the running service.")
@Timed
public final class PulseResource {

    private final CheckPulse checkPulse;

    public PulseResource(CheckPulse checkPulse) {
        this.checkPulse = checkPulse;
    }

    @GET
    @Operation(operationId = "getPulse", summary = "Report the service's health",
            description = "Public. Runs a real query against the database on every call. Answers 200 with "
                    + "`status: ok` when every dependency works, 200 with `status: degraded` when the quote "
                    + "feed's circuit is open or, where instances share state through Redis, Redis does not "
                    + "answer (`checks.redis`), and 503 with `status: down` when the database cannot be queried.",
            security = @SecurityRequirement(name = OpenApiDocument.PUBLIC),
            responses = {
                @ApiResponse(responseCode = "200", description = "The service is up.",
                        content = @Content(schema = @Schema(implementation = PulseResponse.class),
                                examples = @ExampleObject(value = "{\"status\":\"ok\",\"version\":\"0.1.0\","
                                        + "\"uptime_seconds\":3600,\"checks\":{\"database\":\"ok\",\"quote_feed\":"
                                        + "{\"status\":\"ok\",\"circuit\":\"closed\",\"last_update_age_ms\":120}}}"))),
                @ApiResponse(responseCode = "503", description = "The database cannot be queried.",
                        content = @Content(schema = @Schema(implementation = PulseResponse.class),
                                examples = @ExampleObject(value = "{\"status\":\"down\",\"version\":\"0.1.0\","
                                        + "\"uptime_seconds\":3600,\"checks\":{\"database\":\"down\",\"quote_feed\":"
                                        + "{\"status\":\"ok\",\"circuit\":\"closed\",\"last_update_age_ms\":120}}}"))),
                @ApiResponse(responseCode = "400", description = "A token was sent in the query string "
                        + "(`access_token`, `refresh_token` or `token`); `field` names it.",
                        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class),
                                examples = @ExampleObject(value = "{\"error\":{\"code\":\"VALIDATION_ERROR\","
                                        + "\"message\":\"Tokens must not be sent in the URL; use the Authorization header\","
                                        + "\"field\":\"access_token\",\"request_id\":\"req_8f3a2b1c9d0e4f5a\"}}")))
            })
    public Response pulse() {
        Pulse pulse = checkPulse.check();
        int status = pulse.status() == Pulse.Status.DOWN ? 503 : 200;
        return Response.status(status).entity(PulseResponse.from(pulse)).build();
    }
}
