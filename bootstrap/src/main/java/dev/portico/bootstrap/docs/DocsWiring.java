package dev.portico.bootstrap.docs;

import dev.portico.adapters.rest.docs.DocsServlet;
import dev.portico.adapters.rest.openapi.OpenApiDocument;
import dev.portico.adapters.rest.openapi.OpenApiResource;
import io.dropwizard.core.setup.Environment;

/** The API's description: the OpenAPI document, served with {@code publicBaseUrl} as its server, and the docs UI. */
public final class DocsWiring {

    private DocsWiring() {
    }

    public static void install(String publicBaseUrl, Environment environment) {
        environment.jersey().register(new OpenApiResource(OpenApiDocument.generate(publicBaseUrl)));
        environment.servlets().addServlet("docs", new DocsServlet()).addMapping("/docs", "/docs/*");
    }
}
