package dev.portico.adapters.rest.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every operation states who may call it: the bearer scheme, or {@link OpenApiDocument#PUBLIC}, written
 * out as {@code security: []} (annotations cannot say an empty list). An operation that states
 * neither stops the document from being generated, so a new endpoint cannot be silently public.
 */
final class SecurityDecisions {

    private SecurityDecisions() {
    }

    static void applyTo(OpenAPI document) {
        for (Map.Entry<String, PathItem> path : document.getPaths().entrySet()) {
            path.getValue().readOperationsMap().forEach((method, operation) ->
                    decide(method + " " + path.getKey(), operation, document));
        }
    }

    private static void decide(String where, Operation operation, OpenAPI document) {
        List<SecurityRequirement> security = operation.getSecurity();
        if (security == null) {
            throw new IllegalStateException(where + " states no security: name the bearer scheme or "
                    + "OpenApiDocument.PUBLIC");
        }
        boolean isPublic = security.stream().anyMatch(requirement -> requirement.containsKey(OpenApiDocument.PUBLIC));
        if (isPublic && security.size() > 1) {
            throw new IllegalStateException(where + " is both public and secured");
        }
        if (isPublic) {
            operation.setSecurity(new ArrayList<>());
            return;
        }
        security.stream().flatMap(requirement -> requirement.keySet().stream())
                .filter(scheme -> !document.getComponents().getSecuritySchemes().containsKey(scheme))
                .findFirst()
                .ifPresent(scheme -> {
                    throw new IllegalStateException(where + " names an undeclared security scheme " + scheme);
                });
    }
}
