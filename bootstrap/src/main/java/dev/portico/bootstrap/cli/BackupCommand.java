package dev.portico.bootstrap.cli;

import dev.portico.adapters.persistence.sqlite.SqliteBackup;
import dev.portico.bootstrap.PorticoConfiguration;
import dev.portico.bootstrap.config.DatabaseConfig;
import dev.portico.bootstrap.storage.StorageFactory;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** {@code backup <file> [config]}: a consistent copy of the SQLite database, safe while the server runs. */
public final class BackupCommand extends ConfiguredCommand<PorticoConfiguration> {

    private static final String TARGET = "backup_file";

    private final PrintStream out;

    public BackupCommand() {
        this(System.out);
    }

    public BackupCommand(PrintStream out) {
        super("backup", "Write a consistent copy of the SQLite database (VACUUM INTO), even while the server runs");
        this.out = out;
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument(TARGET).metavar("BACKUP_FILE").help("where to write the copy; must not exist yet");
        super.configure(subparser);
    }

    @Override
    protected void run(Bootstrap<PorticoConfiguration> bootstrap, Namespace namespace,
                       PorticoConfiguration configuration) throws Exception {
        DatabaseConfig database = configuration.getDatabase();
        if (database.getType() == DatabaseConfig.Type.memory) {
            throw new CommandRefusedException("database.type is memory: there is no database file to back up");
        }
        if (database.getType() == DatabaseConfig.Type.postgresql) {
            throw new CommandRefusedException("database.type is postgresql: back it up with PostgreSQL's own tools "
                    + "(pg_dump, or continuous archiving); backup copies SQLite files");
        }
        Path file = StorageFactory.databaseFile(database);
        if (!Files.isRegularFile(file)) {
            throw new CommandRefusedException("no database at " + file + " (database.path); nothing to back up");
        }
        Path target = Path.of(namespace.getString(TARGET)).toAbsolutePath().normalize();
        new SqliteBackup(StorageFactory.unpooledJdbi(file, database, false)).writeTo(target);
        out.println("Backed up " + file + " to " + target + " (" + Files.size(target) + " bytes).");
    }

    @Override
    public void onError(Cli cli, Namespace namespace, Throwable error) {
        if (!Refusals.report(cli, "backup", error)) {
            super.onError(cli, namespace, error);
        }
    }
}
