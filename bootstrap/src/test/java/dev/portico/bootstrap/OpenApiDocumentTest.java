package dev.portico.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.adapters.rest.openapi.OpenApiDocument;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed {@code openapi.yaml} is what the code generates, and it is a clean, complete document. */
class OpenApiDocumentTest {

    static final Path COMMITTED = Path.of("..", "openapi.yaml");
    static final String REGENERATE = "mvn -q -DskipTests package && java -jar bootstrap/target/portico.jar openapi > openapi.yaml";

    static OpenApiDocument generated;
    static OpenAPI parsed;

    @BeforeAll
    static void generate() {
        generated = OpenApiDocument.generate(PorticoConfiguration.DEFAULT_PUBLIC_BASE_URL);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        parsed = new OpenAPIV3Parser().readContents(generated.yaml(), null, options).getOpenAPI();
    }

    @Test
    void theCommittedDocument_equalsTheGeneratedOne() throws IOException {
        assertThat(Files.readString(COMMITTED))
                .as("openapi.yaml is out of date; regenerate it with: %s", REGENERATE)
                .isEqualTo(generated.yaml());
    }

    @Test
    void theDocument_validatesWithoutErrorsOrWarnings() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateExternalRefs(true);

        SwaggerParseResult result = new OpenAPIV3Parser().readContents(generated.yaml(), null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
    }

    @Test
    void theDocument_declaresABearerSchemeAndTheErrorEnvelope() {
        assertThat(parsed.getComponents().getSecuritySchemes()).containsKey(OpenApiDocument.BEARER_SCHEME);
        assertThat(parsed.getComponents().getSecuritySchemes().get(OpenApiDocument.BEARER_SCHEME).getScheme())
                .isEqualTo("bearer");
        assertThat(parsed.getComponents().getSchemas()).containsKeys("ErrorEnvelope", "ErrorDetail");
        assertThat(parsed.getComponents().getSchemas().get("ErrorDetail").getProperties())
                .containsKeys("code", "message", "field", "request_id");
    }

    @Test
    void theDocument_namesItsServerLicenceAndContact() {
        assertThat(parsed.getServers()).singleElement().satisfies(server -> assertThat(
                server.getVariables().get("publicBaseUrl").getDefault()).isEqualTo(PorticoConfiguration.DEFAULT_PUBLIC_BASE_URL));
        assertThat(parsed.getInfo().getLicense().getName()).isEqualTo("MIT");
        assertThat(parsed.getInfo().getLicense().getUrl()).isEqualTo("https://opensource.org/licenses/MIT");
        assertThat(parsed.getInfo().getContact().getName()).isEqualTo("Portico maintainers");
    }

    @Test
    void exactlyTheContractsPublicOperations_sayEmptySecurity_andEveryOtherNamesTheBearerScheme() {
        List<String> open = new ArrayList<>();
        parsed.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            assertThat(operation.getSecurity()).as("security of %s %s", method, path).isNotNull();
            if (operation.getSecurity().isEmpty()) {
                open.add(method + " " + path);
            } else {
                assertThat(operation.getSecurity()).as("security of %s %s", method, path).singleElement()
                        .satisfies(requirement -> assertThat(requirement).containsOnlyKeys(OpenApiDocument.BEARER_SCHEME));
            }
        }));
        assertThat(open).containsExactlyInAnyOrder("POST /api/v1/auth/login", "POST /api/v1/auth/refresh",
                "POST /api/v1/auth/register", "GET /api/v1/pulse", "GET /s/{code}");
    }

    @Test
    void everyOperation_documentsItsSuccess_a2xxOrForTheRedirectA3xx() {
        parsed.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                assertThat(operation.getResponses().keySet()).as("success of %s %s", method, path)
                        .anyMatch(status -> status.startsWith("2") || (path.equals("/s/{code}") && status.startsWith("3")))));
    }

    @Test
    void everyOperation_hasASummaryADescriptionATagAndAnId() {
        parsed.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String where = method + " " + path;
            assertThat(operation.getSummary()).as("summary of %s", where).isNotBlank();
            assertThat(operation.getDescription()).as("description of %s", where).isNotBlank();
            assertThat(operation.getTags()).as("tags of %s", where).isNotEmpty();
            assertThat(operation.getOperationId()).as("operationId of %s", where).isNotBlank();
        }));
    }

    @Test
    void everyResponse_hasATypedSchemaWithAnExample_andEveryErrorUsesTheEnvelope() {
        parsed.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            assertThat(operation.getResponses()).as("responses of %s %s", method, path).isNotEmpty();
            assertThat(operation.getResponses()).as("%s %s documents 500", method, path).containsKey("500");
            operation.getResponses().forEach((status, response) -> assertResponse(method + " " + path, status, response));
        }));
    }

    private static void assertResponse(String where, String status, ApiResponse response) {
        if (status.equals("204") || status.startsWith("3")) {
            return;
        }
        Map<String, MediaType> content = response.getContent();
        assertThat(content).as("content of %s %s", where, status).isNotEmpty();
        content.forEach((type, media) -> {
            assertThat(media.getSchema()).as("schema of %s %s", where, status).isNotNull();
            assertThat(media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty()))
                    .as("example of %s %s", where, status).isTrue();
            if (status.startsWith("4") || status.equals("500")) {
                assertThat(media.getSchema().get$ref()).as("error schema of %s %s", where, status)
                        .endsWith("/ErrorEnvelope");
            }
        });
    }

    @Test
    void generatingTwice_givesTheSameBytes() {
        assertThat(OpenApiDocument.generate(PorticoConfiguration.DEFAULT_PUBLIC_BASE_URL).yaml()).isEqualTo(generated.yaml());
        assertThat(OpenApiDocument.generate(PorticoConfiguration.DEFAULT_PUBLIC_BASE_URL).json()).isEqualTo(generated.json());
    }

    @Test
    void theTestOnlyProbeResource_isNotInTheDocument() {
        assertThat(parsed.getPaths()).doesNotContainKey("/api/v1/test-probe");
        Operation pulse = parsed.getPaths().get("/api/v1/pulse").getGet();
        assertThat(pulse).isNotNull();
    }
}
