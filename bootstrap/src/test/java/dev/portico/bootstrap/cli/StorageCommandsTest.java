package dev.portico.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.bootstrap.PorticoApplication;
import dev.portico.bootstrap.PorticoConfiguration;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageCommandsTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream stdOut = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stdErr = new ByteArrayOutputStream();

    private Optional<Throwable> run(String... arguments) {
        PrintStream out = new PrintStream(stdOut, true, StandardCharsets.UTF_8);
        Bootstrap<PorticoConfiguration> bootstrap = new Bootstrap<>(new PorticoApplication(Map.of()));
        bootstrap.addCommand(new DbCommand(out));
        bootstrap.addCommand(new BackupCommand(out));
        Cli cli = new Cli(new JarLocation(getClass()), bootstrap, out, new PrintStream(stdErr, true, StandardCharsets.UTF_8));
        return cli.run(arguments);
    }

    private String config(String type) throws Exception {
        Path config = temp.resolve(type + ".yml");
        Files.writeString(config, "database:\n  type: " + type + "\n  path: " + temp.resolve("data/portico.db") + "\n"
                + "logging:\n  level: WARN\n");
        return config.toString();
    }

    private String out() {
        return stdOut.toString(StandardCharsets.UTF_8);
    }

    @Test
    void givenNoDatabaseYet_dbStatus_listsTheBaselineAsPendingWithoutCreatingTheFile() throws Exception {
        assertThat(run("db", "status", config("sqlite"))).isEmpty();

        assertThat(out()).contains("No database at").containsPattern("001\\s+baseline\\s+pending\\s+-");
        assertThat(temp.resolve("data/portico.db")).doesNotExist();
    }

    @Test
    void givenNoDatabaseYet_dbMigrate_createsItAndStatusShowsTheBaselineApplied() throws Exception {
        assertThat(run("db", "migrate", config("sqlite"))).isEmpty();
        assertThat(out()).contains("Applied 4 migration(s)");

        assertThat(run("db", "migrate", config("sqlite"))).isEmpty();
        assertThat(run("db", "status", config("sqlite"))).isEmpty();

        assertThat(out()).contains("is up to date").containsPattern("001\\s+baseline\\s+applied\\s+\\d{4}-");
    }

    @Test
    void givenTheMemoryStore_dbMigrate_saysThereIsNothingToMigrate() throws Exception {
        assertThat(run("db", "migrate", config("memory"))).isEmpty();

        assertThat(out()).contains("nothing to migrate");
    }

    @Test
    void givenAMigratedDatabase_backup_writesTheCopyAndPrintsItsPathAndSize() throws Exception {
        run("db", "migrate", config("sqlite"));
        Path target = temp.resolve("backups/copy.db");

        assertThat(run("backup", target.toString(), config("sqlite"))).isEmpty();

        assertThat(target).isRegularFile();
        assertThat(out()).contains("Backed up").contains(target.toString()).contains(Files.size(target) + " bytes");
    }

    @Test
    void givenAnExistingBackupFile_backup_failsWithOneLineAndNoStackTrace() throws Exception {
        run("db", "migrate", config("sqlite"));
        Path target = Files.writeString(temp.resolve("taken.db"), "keep");

        assertThat(run("backup", target.toString(), config("sqlite"))).isPresent();

        assertThat(stdErr.toString(StandardCharsets.UTF_8).strip())
                .startsWith("portico backup: Refusing to overwrite")
                .doesNotContain("\tat ");
        assertThat(Files.readString(target)).isEqualTo("keep");
    }
}
