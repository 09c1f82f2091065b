package dev.portico.bootstrap.cli;

import dev.portico.adapters.rest.openapi.OpenApiDocument;
import io.dropwizard.core.cli.Command;
import io.dropwizard.core.setup.Bootstrap;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** {@code openapi [--format yaml|json]}: prints the generated document, e.g. to refresh the committed copy. */
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
    }

    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) {
        OpenApiDocument document = OpenApiDocument.generate();
        System.out.print("json".equals(namespace.getString("format")) ? document.json() : document.yaml());
        System.out.flush();
    }
}
