package dev.portico.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.bootstrap.PorticoApplication;
import dev.portico.bootstrap.PorticoConfiguration;
import dev.portico.bootstrap.config.DatabaseConfig;
import dev.portico.bootstrap.storage.StorageFactory;
import dev.portico.domain.user.Role;
import dev.portico.domain.user.User;
import dev.portico.domain.user.Username;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserCommandTest {

    private static final String STRONG = "Velvet-Harbor-Quartz-71";

    @TempDir
    Path temp;

    private final ByteArrayOutputStream stdOut = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stdErr = new ByteArrayOutputStream();

    private Optional<Throwable> run(String stdin, String... arguments) {
        PrintStream out = new PrintStream(stdOut, true, StandardCharsets.UTF_8);
        Bootstrap<PorticoConfiguration> bootstrap = new Bootstrap<>(new PorticoApplication(Map.of()));
        bootstrap.addCommand(new UserCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, false));
        Cli cli = new Cli(new JarLocation(getClass()), bootstrap, out, new PrintStream(stdErr, true, StandardCharsets.UTF_8));
        return cli.run(arguments);
    }

    private String config(String type) throws Exception {
        Path config = temp.resolve(type + ".yml");
        Files.writeString(config, "database:\n  type: " + type + "\n  path: " + database() + "\n"
                + "passwords:\n  iterations: 1000\nlogging:\n  level: WARN\n");
        return config.toString();
    }

    private Path database() {
        return temp.resolve("data/portico.db");
    }

    private Optional<User> stored(String username) {
        DatabaseConfig config = new DatabaseConfig();
        Jdbi reader = StorageFactory.unpooledJdbi(database(), config, false);
        return StorageFactory.sqliteStorage(reader, reader).users().findByUsername(Username.of(username));
    }

    private String err() {
        return stdErr.toString(StandardCharsets.UTF_8);
    }

    @Test
    void givenAPasswordOnStdin_userCreateAdmin_createsAnAdminInTheDatabase() throws Exception {
        assertThat(run(STRONG + "\n", "user", "create", "--username", "Root", "--admin", config("sqlite"))).isEmpty();

        assertThat(stdOut.toString(StandardCharsets.UTF_8)).contains("Created admin 'root' with id 1.");
        assertThat(stored("root")).get().extracting(User::role).isEqualTo(Role.ADMIN);
        assertThat(stored("root").orElseThrow().passwordHash().encoded()).startsWith("pbkdf2-sha256$1000$")
                .doesNotContain(STRONG);
    }

    @Test
    void withoutAdmin_userCreate_createsAPlainUser() throws Exception {
        assertThat(run(STRONG + "\n", "user", "create", "--username", "alice", config("sqlite"))).isEmpty();

        assertThat(stored("alice")).get().extracting(User::role).isEqualTo(Role.USER);
    }

    @Test
    void givenAWeakPassword_userCreate_refusesInOneLineSayingWhatToChange() throws Exception {
        assertThat(run("password1234\n", "user", "create", "--username", "alice", config("sqlite"))).isPresent();

        assertThat(err()).startsWith("portico user create: password: Password is too easy to guess");
        assertThat(err().lines()).hasSize(1);
    }

    @Test
    void givenATakenUsername_userCreate_refuses() throws Exception {
        run(STRONG + "\n", "user", "create", "--username", "alice", config("sqlite"));

        assertThat(run(STRONG + "\n", "user", "create", "--username", "ALICE", config("sqlite"))).isPresent();
        assertThat(err()).contains("username: Username is already taken");
    }

    @Test
    void givenNothingOnStdin_userCreate_refusesAndCreatesNothing() throws Exception {
        assertThat(run("", "user", "create", "--username", "alice", config("sqlite"))).isPresent();

        assertThat(err()).contains("no password on standard input");
    }

    @Test
    void aPasswordArgument_isNotAccepted() throws Exception {
        assertThat(run("", "user", "create", "--username", "alice", "--password", STRONG, config("sqlite"))).isPresent();

        assertThat(Files.exists(database())).isFalse();
    }

    @Test
    void givenAnInMemoryDatabase_userCreate_refuses() throws Exception {
        assertThat(run(STRONG + "\n", "user", "create", "--username", "alice", config("memory"))).isPresent();

        assertThat(err()).contains("database.type is memory");
    }
}
