package dev.portico.bootstrap.support;

import dev.portico.domain.error.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Test-only endpoints that take JSON bodies and ranged parameters, as real resources will. */
@Path("/api/v1/test-probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    public record ProbeRequest(String name, Integer count, BigDecimal price, Boolean active, List<String> tags,
                               String note) {
        public ProbeRequest {
            if (name == null) {
                throw new InvalidInputException("name", "'name' is required");
            }
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ProbeRequest echo(@NotNull @Valid ProbeRequest request) {
        return request;
    }

    @GET
    @Path("/page")
    public Map<String, Integer> page(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return Map.of("limit", limit);
    }

    @GET
    @Path("/header")
    public Map<String, Integer> header(@HeaderParam("X-Count") Integer count) {
        return Map.of("count", count);
    }

    @GET
    @Path("/refused")
    public Map<String, String> refused() {
        throw new BadRequestException("library detail that must not reach the client");
    }

    @GET
    @Path("/boom")
    public Map<String, String> boom() {
        throw new IllegalStateException("secret internals: jdbc:sqlite:/var/lib/portico.db SELECT * FROM users");
    }
}
