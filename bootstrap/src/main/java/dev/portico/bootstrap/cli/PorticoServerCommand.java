package dev.portico.bootstrap.cli;

import dev.portico.bootstrap.PorticoConfiguration;
import dev.portico.bootstrap.StartupRefusedException;
import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.ConfigurationValidationException;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ServerCommand;
import io.dropwizard.validation.ConstraintViolations;
import net.sourceforge.argparse4j.inf.Namespace;

/**
 * Dropwizard's {@code server} command, but a refused start-up prints one line instead of a stack
 * trace: a refusal of the environment (a missing secret), the same violations of the configuration
 * file that {@code check} lists, joined by "; ", or what {@code check} says of a file it cannot read.
 */
public final class PorticoServerCommand extends ServerCommand<PorticoConfiguration> {

    public PorticoServerCommand(Application<PorticoConfiguration> application) {
        super(application);
    }

    @Override
    public void onError(Cli cli, Namespace namespace, Throwable error) {
        if (error instanceof StartupRefusedException refused) {
            cli.getStdErr().println("portico: refusing to start: " + refused.getMessage());
            return;
        }
        if (error instanceof ConfigurationValidationException invalid) {
            cli.getStdErr().println("portico: refusing to start: " + String.join("; ",
                    ConstraintViolations.formatUntyped(invalid.getConstraintViolations())));
            return;
        }
        if (error instanceof ConfigurationException unreadable) {
            cli.getStdErr().println("portico: refusing to start: " + unreadable.getMessage());
            return;
        }
        super.onError(cli, namespace, error);
    }
}
