package dev.portico.adapters.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityDecisionsTest {

    @Test
    void givenAnOperationThatStatesNoSecurity_theDocumentIsNotGenerated() {
        OpenAPI document = documentWith(new Operation());

        assertThatThrownBy(() -> SecurityDecisions.applyTo(document))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("GET /x states no security");
    }

    @Test
    void givenAPublicOperation_itsSecurityIsWrittenAsAnEmptyList() {
        Operation operation = new Operation().addSecurityItem(requirement(OpenApiDocument.PUBLIC));

        SecurityDecisions.applyTo(documentWith(operation));

        assertThat(operation.getSecurity()).isNotNull().isEmpty();
    }

    @Test
    void givenAnOperationAlreadyPublic_itStaysAnEmptyList() {
        Operation operation = new Operation().security(new ArrayList<>());

        SecurityDecisions.applyTo(documentWith(operation));

        assertThat(operation.getSecurity()).isNotNull().isEmpty();
    }

    @Test
    void givenABearerOperation_itKeepsTheBearerScheme() {
        Operation operation = new Operation().addSecurityItem(requirement(OpenApiDocument.BEARER_SCHEME));

        SecurityDecisions.applyTo(documentWith(operation));

        assertThat(operation.getSecurity()).singleElement()
                .satisfies(requirement -> assertThat(requirement).containsOnlyKeys(OpenApiDocument.BEARER_SCHEME));
    }

    @Test
    void givenAnOperationBothPublicAndSecured_theDocumentIsNotGenerated() {
        Operation operation = new Operation().addSecurityItem(requirement(OpenApiDocument.PUBLIC))
                .addSecurityItem(requirement(OpenApiDocument.BEARER_SCHEME));

        assertThatThrownBy(() -> SecurityDecisions.applyTo(documentWith(operation)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("both public and secured");
    }

    @Test
    void givenAnUndeclaredScheme_theDocumentIsNotGenerated() {
        Operation operation = new Operation().addSecurityItem(requirement("apiKey"));

        assertThatThrownBy(() -> SecurityDecisions.applyTo(documentWith(operation)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("undeclared security scheme apiKey");
    }

    /** What the annotations say matches what the code enforces: a token parameter or a role means bearer. */
    @Test
    void everyResourceMethod_documentsBearerExactlyWhenItRequiresAToken() {
        List<String> checked = new ArrayList<>();
        try (ScanResult scan = new ClassGraph().acceptPackages("dev.portico.adapters.rest").enableAnnotationInfo().scan()) {
            for (Class<?> resource : scan.getClassesWithAnnotation(Path.class).loadClasses()) {
                for (Method method : resource.getDeclaredMethods()) {
                    io.swagger.v3.oas.annotations.Operation operation =
                            method.getAnnotation(io.swagger.v3.oas.annotations.Operation.class);
                    if (operation == null) {
                        continue;
                    }
                    String documented = Arrays.stream(operation.security()).map(SecurityRequirement::name)
                            .reduce((a, b) -> a + "," + b).orElse("nothing");
                    String expected = requiresToken(method) ? OpenApiDocument.BEARER_SCHEME : OpenApiDocument.PUBLIC;
                    assertThat(documented).as("security of %s.%s", resource.getSimpleName(), method.getName())
                            .isEqualTo(expected);
                    checked.add(operation.operationId());
                }
            }
        }
        assertThat(checked).contains("login", "refresh", "register", "getPulse", "getMe", "shorten", "listUsers");
    }

    private static boolean requiresToken(Method method) {
        boolean tokenParameter = Arrays.stream(method.getParameters()).anyMatch(parameter -> parameter.isAnnotationPresent(Auth.class));
        return tokenParameter || method.isAnnotationPresent(RolesAllowed.class)
                || method.getDeclaringClass().isAnnotationPresent(RolesAllowed.class);
    }

    private static io.swagger.v3.oas.models.security.SecurityRequirement requirement(String scheme) {
        return new io.swagger.v3.oas.models.security.SecurityRequirement().addList(scheme);
    }

    private static OpenAPI documentWith(Operation operation) {
        return new OpenAPI()
                .components(new Components().addSecuritySchemes(OpenApiDocument.BEARER_SCHEME,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .paths(new Paths().addPathItem("/x", new PathItem().get(operation)));
    }
}
