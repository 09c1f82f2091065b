package dev.portico.adapters.rest.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.portico.adapters.rest.error.ErrorEnvelope;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.jaxrs2.integration.JaxrsAnnotationScanner;
import io.swagger.v3.jaxrs2.integration.JaxrsOpenApiContextBuilder;
import io.swagger.v3.oas.integration.GenericOpenApiContext;
import io.swagger.v3.oas.integration.OpenApiConfigurationException;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The OpenAPI document, generated from the resource annotations once, and rendered the same way for
 * the running service, the {@code openapi} command and the drift test.
 */
public final class OpenApiDocument {

    public static final String API_VERSION = "1.0.0";
    public static final String BEARER_SCHEME = "bearerAuth";
    private static final String RESOURCE_PACKAGE = "dev.portico.adapters.rest";
    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    private final String json;
    private final String yaml;

    private OpenApiDocument(String json, String yaml) {
        this.json = json;
        this.yaml = yaml;
    }

    public static OpenApiDocument generate() {
        OpenAPI document = read();
        try {
            return new OpenApiDocument(
                    sorted(Json.mapper()).writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n",
                    sorted(Yaml.mapper()).writeValueAsString(document));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot render the OpenAPI document", e);
        }
    }

    public String json() {
        return json;
    }

    public String yaml() {
        return yaml;
    }

    private static OpenAPI read() {
        SwaggerConfiguration configuration = new SwaggerConfiguration()
                .openAPI(base())
                .resourcePackages(Set.of(RESOURCE_PACKAGE))
                .scannerClass(JaxrsAnnotationScanner.class.getName())
                .prettyPrint(true)
                .sortOutput(true);
        ObjectMapper snakeCase = Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        try {
            GenericOpenApiContext<?> context = (GenericOpenApiContext<?>) new JaxrsOpenApiContextBuilder<>()
                    .ctxId("portico-" + CONTEXTS.incrementAndGet())
                    .openApiConfiguration(configuration)
                    .buildContext(false);
            context.setModelConverters(Set.of(new ModelResolver(snakeCase)));
            context.init();
            OpenAPI document = context.read();
            document.getComponents().getSchemas().putAll(
                    ModelConverters.getInstance().readAll(ErrorEnvelope.class));
            RedirectDocumentation.addTo(document);
            CommonErrorResponses.addTo(document);
            return document;
        } catch (OpenApiConfigurationException e) {
            throw new IllegalStateException("Cannot generate the OpenAPI document", e);
        }
    }

    private static OpenAPI base() {
        return new OpenAPI()
                .info(new Info()
                        .title("Portico API")
                        .version(API_VERSION)
                        .description("Users and tokens, short links and market snapshots. Every error has the "
                                + "same envelope (`ErrorEnvelope`) and every response carries `X-Request-Id`.")
                        .license(new License().name("MIT")))
                .tags(List.of(new Tag().name("Operations").description("Health of the running service.")))
                .components(new Components()
                        .addSecuritySchemes(BEARER_SCHEME, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")
                                .description("A 15-minute access token from `POST /api/v1/auth/login`.")));
    }

    private static ObjectMapper sorted(ObjectMapper mapper) {
        return mapper.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }
}
