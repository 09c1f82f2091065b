package dev.portico.bootstrap.cli;

import dev.portico.adapters.persistence.migration.Migration;
import dev.portico.adapters.persistence.migration.MigrationStatus;
import dev.portico.adapters.persistence.postgres.PostgresSettings;
import dev.portico.adapters.persistence.postgres.PostgresStorage;
import dev.portico.adapters.persistence.sqlite.SqliteMigrations;
import dev.portico.bootstrap.PorticoConfiguration;
import dev.portico.bootstrap.config.DatabaseConfig;
import dev.portico.bootstrap.storage.StorageFactory;
import dev.portico.domain.error.StoreUnavailable;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import net.sourceforge.argparse4j.inf.Subparsers;

/** {@code db migrate [config]} applies pending schema migrations; {@code db status [config]} lists them. */
public final class DbCommand extends ConfiguredCommand<PorticoConfiguration> {

    private static final String ACTION = "db_action";
    private static final String MIGRATE = "migrate";
    private static final String STATUS = "status";

    private final PrintStream out;

    public DbCommand() {
        this(System.out);
    }

    public DbCommand(PrintStream out) {
        super("db", "Apply or list the database schema migrations");
        this.out = out;
    }

    @Override
    public void configure(Subparser subparser) {
        Subparsers actions = subparser.addSubparsers().title("actions").metavar("ACTION");
        addFileArgument(actions.addParser(MIGRATE).setDefault(ACTION, MIGRATE)
                .help("apply every pending migration, each in its own transaction"));
        addFileArgument(actions.addParser(STATUS).setDefault(ACTION, STATUS)
                .help("list every migration: version, name, state, applied_at"));
    }

    @Override
    protected void run(Bootstrap<PorticoConfiguration> bootstrap, Namespace namespace,
                       PorticoConfiguration configuration) {
        DatabaseConfig database = configuration.getDatabase();
        if (database.getType() == DatabaseConfig.Type.memory) {
            out.println("database.type is memory: nothing to migrate (the in-memory store needs no schema).");
            return;
        }
        if (database.getType() == DatabaseConfig.Type.postgresql) {
            postgresql(database, MIGRATE.equals(namespace.getString(ACTION)));
        } else if (MIGRATE.equals(namespace.getString(ACTION))) {
            migrate(database);
        } else {
            status(database);
        }
    }

    /** The same commands on PostgreSQL, under the migrations' advisory lock; the password from the environment. */
    private void postgresql(DatabaseConfig database, boolean migrate) {
        PostgresSettings settings = StorageFactory.postgresSettings(database, System.getenv());
        try (PostgresStorage postgres = PostgresStorage.open(settings)) {
            if (migrate) {
                List<Migration> applied = postgres.migrations().migrate();
                out.println(applied.isEmpty()
                        ? "Database " + settings.redactedUrl() + " is up to date."
                        : "Applied " + applied.size() + " migration(s) to " + settings.redactedUrl() + ".");
            } else {
                out.println("Database " + settings.redactedUrl() + ":");
            }
            out.print(MigrationTable.render(postgres.migrations().status()));
        } catch (StoreUnavailable unreachable) {
            throw new CommandRefusedException("cannot reach PostgreSQL at " + settings.redactedUrl()
                    + "; is it running, and are database.url, database.user and " + StorageFactory.DB_PASSWORD
                    + " right?");
        }
    }

    private void migrate(DatabaseConfig database) {
        Path file = StorageFactory.ensureParentDirectory(database);
        SqliteMigrations migrations = new SqliteMigrations(StorageFactory.unpooledJdbi(file, database, true));
        List<Migration> applied = migrations.migrate();
        out.println(applied.isEmpty()
                ? "Database " + file + " is up to date."
                : "Applied " + applied.size() + " migration(s) to " + file + ".");
        out.print(MigrationTable.render(migrations.status()));
    }

    private void status(DatabaseConfig database) {
        Path file = StorageFactory.databaseFile(database);
        if (!Files.exists(file)) {
            // Opening the file would create it: list what this build ships instead (no connection is opened).
            List<Migration> shipped = new SqliteMigrations(StorageFactory.unpooledJdbi(file, database, false)).available();
            out.println("No database at " + file + " yet; 'db migrate' creates it.");
            out.print(MigrationTable.render(shipped.stream().map(MigrationStatus::pending).toList()));
            return;
        }
        SqliteMigrations migrations = new SqliteMigrations(StorageFactory.unpooledJdbi(file, database, false));
        out.println("Database " + file + ":");
        out.print(MigrationTable.render(migrations.status()));
    }

    @Override
    public void onError(Cli cli, Namespace namespace, Throwable error) {
        if (!Refusals.report(cli, "db " + namespace.getString(ACTION), error)) {
            super.onError(cli, namespace, error);
        }
    }
}
