package dev.portico.bootstrap.cli;

import dev.portico.adapters.rest.openapi.OpenApiDocument;
import dev.portico.bootstrap.PorticoConfiguration;
import io.dropwizard.core.cli.Command;
import io.dropwizard.core.setup.Bootstrap;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code openapi [--format yaml|json] [--server-url URL]}: prints the generated document, e.g. to refresh
 * the committed copy, whose server is the default public base URL.
 */
public final class OpenApiCommand extends Command {

    public OpenApiCommand() {
        super("openapi", "Print the OpenAPI document generated from the code");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("--format")
                .choices("yaml", "json")
                .setDefault("yaml")
                .help("output format (default: yaml)");
        subparser.addArgument("--server-url")
                .setDefault(PorticoConfiguration.DEFAULT_PUBLIC_BASE_URL)
                .help("the server the document names (default: " + PorticoConfiguration.DEFAULT_PUBLIC_BASE_URL + ")");
    }

    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) {
        OpenApiDocument document = OpenApiDocument.generate(namespace.getString("server_url"));
        System.out.print("json".equals(namespace.getString("format")) ? document.json() : document.yaml());
        System.out.flush();
    }
}
