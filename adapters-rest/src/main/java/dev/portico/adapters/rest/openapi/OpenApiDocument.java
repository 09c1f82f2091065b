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
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import io.swagger.v3.oas.models.servers.ServerVariables;
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
    /** Named as an operation's security requirement to document it as public: {@code security: []}. */
    public static final String PUBLIC = "public";
    private static final String BASE_URL_VARIABLE = "publicBaseUrl";
    private static final String RESOURCE_PACKAGE = "dev.portico.adapters.rest";
    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    private final String json;
    private final String yaml;

    private OpenApiDocument(String json, String yaml) {
        this.json = json;
        this.yaml = yaml;
    }

    /** The document for a service reached at {@code serverUrl} (its public base URL). */
    public static OpenApiDocument generate(String serverUrl) {
        OpenAPI document = read(serverUrl);
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

    private static OpenAPI read(String serverUrl) {
        SwaggerConfiguration configuration = new SwaggerConfiguration()
                .openAPI(base(serverUrl))
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
            SecurityDecisions.applyTo(document);
            CommonErrorResponses.addTo(document);
            return document;
        } catch (OpenApiConfigurationException e) {
            throw new IllegalStateException("Cannot generate the OpenAPI document", e);
        }
    }

    private static OpenAPI base(String serverUrl) {
        ProjectMetadata project = ProjectMetadata.load();
        return new OpenAPI()
                .servers(List.of(server(serverUrl)))
                .info(new Info()
                        .title("Portico API")
                        .version(API_VERSION)
                        .description("Users and tokens, short links and market snapshots. Every error has the "
                                + "same envelope (`ErrorEnvelope`) and every response carries `X-Request-Id`.")
                        .license(project.license())
                        .contact(project.contact()))
                .tags(List.of(new Tag().name("Operations").description("Health of the running service.")))
                .components(new Components()
                        .addSecuritySchemes(BEARER_SCHEME, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")
                                .description("A 15-minute access token from `POST /api/v1/auth/login`.")));
    }

    /** A self-hosted service has no one host: the URL is a variable whose default is the configured one. */
    private static Server server(String publicBaseUrl) {
        ServerVariable baseUrl = new ServerVariable()
                ._default(withoutTrailingSlash(publicBaseUrl))
                .description("Where this Portico instance is reached: its `publicBaseUrl` setting.");
        return new Server().url("{" + BASE_URL_VARIABLE + "}")
                .description("This Portico instance.")
                .variables(new ServerVariables().addServerVariable(BASE_URL_VARIABLE, baseUrl));
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static ObjectMapper sorted(ObjectMapper mapper) {
        return mapper.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }
}
