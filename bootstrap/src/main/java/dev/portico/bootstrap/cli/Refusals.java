package dev.portico.bootstrap.cli;

import dev.portico.adapters.persistence.migration.MigrationException;
import dev.portico.adapters.persistence.sqlite.BackupRefusedException;
import io.dropwizard.core.cli.Cli;

/** Expected refusals print one line on stderr; anything else keeps Dropwizard's default report. */
final class Refusals {

    private Refusals() {
    }

    /** True when the error was an expected refusal and has been reported. */
    static boolean report(Cli cli, String command, Throwable error) {
        if (error instanceof CommandRefusedException || error instanceof MigrationException
                || error instanceof dev.portico.bootstrap.StartupRefusedException
                || error instanceof BackupRefusedException) {
            cli.getStdErr().println("portico " + command + ": " + error.getMessage());
            return true;
        }
        return false;
    }
}
