package dev.portico.bootstrap.cli;

import dev.portico.adapters.persistence.postgres.PostgresStorage;
import dev.portico.adapters.rest.error.ErrorWording;
import dev.portico.application.user.RegisterUser;
import dev.portico.application.user.port.UserStore;
import dev.portico.application.user.support.PasswordHashing;
import dev.portico.bootstrap.PorticoConfiguration;
import dev.portico.bootstrap.config.DatabaseConfig;
import dev.portico.bootstrap.security.Passwords;
import dev.portico.bootstrap.storage.Storage;
import dev.portico.bootstrap.storage.StorageFactory;
import dev.portico.domain.error.DomainException;
import dev.portico.domain.user.Role;
import dev.portico.domain.user.User;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import net.sourceforge.argparse4j.inf.Subparsers;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code user create --username U [--admin] [config]}: creates an account from the command line, the
 * only way to make an admin. The password is read from a terminal prompt (asked twice), or as the
 * first line of standard input when it is not a terminal; never from the arguments.
 */
public final class UserCommand extends ConfiguredCommand<PorticoConfiguration> {

    private static final String ACTION = "user_action";
    private static final String CREATE = "create";

    private final InputStream in;
    private final PrintStream out;
    private final boolean useConsole;

    public UserCommand() {
        this(System.in, System.out, true);
    }

    public UserCommand(InputStream in, PrintStream out, boolean useConsole) {
        super("user", "Manage accounts");
        this.in = in;
        this.out = out;
        this.useConsole = useConsole;
    }

    @Override
    public void configure(Subparser subparser) {
        Subparsers actions = subparser.addSubparsers().title("actions").metavar("ACTION");
        Subparser create = actions.addParser(CREATE).setDefault(ACTION, CREATE)
                .help("create an account; the password is read from the terminal or standard input");
        create.addArgument("--username").required(true).help("3-32 characters of a-z, 0-9, '_', '.', '-'");
        create.addArgument("--admin").action(Arguments.storeTrue()).help("give the account the admin role");
        addFileArgument(create);
    }

    @Override
    protected void run(Bootstrap<PorticoConfiguration> bootstrap, Namespace namespace,
                       PorticoConfiguration configuration) {
        DatabaseConfig database = configuration.getDatabase();
        if (database.getType() == DatabaseConfig.Type.memory) {
            throw new CommandRefusedException("database.type is memory: an account created here would vanish "
                    + "when this command exits; use a sqlite or postgresql database");
        }
        String username = namespace.getString("username");
        Role role = Boolean.TRUE.equals(namespace.getBoolean("admin")) ? Role.ADMIN : Role.USER;
        String password = readPassword();
        if (database.getType() == DatabaseConfig.Type.postgresql) {
            try (PostgresStorage postgres = PostgresStorage.open(StorageFactory.postgresSettings(database, System.getenv()))) {
                if (database.isMigrateOnStart()) {
                    StorageFactory.migrate(postgres, database.getUrl());
                }
                create(configuration, postgres.users(), username, password, role);
            }
            return;
        }
        create(configuration, openStorage(database).users(), username, password, role);
    }

    private void create(PorticoConfiguration configuration, UserStore users, String username, String password,
            Role role) {
        try (PasswordHashing hashing = Passwords.hashing(configuration.getPasswords())) {
            RegisterUser register = new RegisterUser(users, Passwords.policy(), hashing, Clock.systemUTC());
            User user = register.register(username, password, role);
            out.println("Created " + user.role().wireName() + " '" + user.username().value() + "' with id "
                    + user.id().value() + ".");
        } catch (DomainException refused) {
            String field = ErrorWording.fieldFor(refused);
            throw new CommandRefusedException((field == null ? "" : field + ": ") + ErrorWording.messageFor(refused));
        }
    }

    private static Storage openStorage(DatabaseConfig database) {
        Path file = StorageFactory.ensureParentDirectory(database);
        Jdbi writer = StorageFactory.unpooledJdbi(file, database, true);
        if (database.isMigrateOnStart()) {
            StorageFactory.migrate(writer, file);
        }
        return StorageFactory.sqliteStorage(writer, StorageFactory.unpooledJdbi(file, database, false));
    }

    private String readPassword() {
        Console console = useConsole ? System.console() : null;
        if (console != null) {
            char[] first = console.readPassword("Password: ");
            char[] second = console.readPassword("Repeat password: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new CommandRefusedException("the two passwords differ");
            }
            return new String(first);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new CommandRefusedException("no password on standard input: pipe it in, e.g. "
                        + "'printf %s \"$PASSWORD\" | portico user create --username U config.yml'");
            }
            return line;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @Override
    public void onError(Cli cli, Namespace namespace, Throwable error) {
        if (!Refusals.report(cli, "user " + namespace.getString(ACTION), error)) {
            super.onError(cli, namespace, error);
        }
    }
}
