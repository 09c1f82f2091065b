package dev.portico.adapters.rest.openapi;

import com.codahale.metrics.annotation.Timed;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Serves the document generated at start-up; no per-request work. */
@Path("/")
@Hidden
@Timed
public final class OpenApiResource {

    private final OpenApiDocument document;

    public OpenApiResource(OpenApiDocument document) {
        this.document = document;
    }

    @GET
    @Path("openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    public String json() {
        return document.json();
    }

    @GET
    @Path("openapi.yaml")
    @Produces("application/yaml;charset=utf-8")
    public String yaml() {
        return document.yaml();
    }
}
