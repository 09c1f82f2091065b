package dev.portico.adapters.persistence.postgres;

import dev.portico.adapters.persistence.testing.TestServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The machine's PostgreSQL server programs ({@code initdb}, {@code pg_ctl}), run as an unprivileged
 * user when the tests run as root: initdb refuses root, so then every command runs through
 * {@code runuser -u nobody}, and the directories it writes must belong to {@code nobody}.
 */
final class PostgresBinaries {

    static final String BIN_PROPERTY = "portico.test.postgres.bin";

    private static final String RUN_AS = "nobody";
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

    private final Path bin;

    private PostgresBinaries(Path bin) {
        this.bin = bin;
    }

    /**
     * The directory in the system property {@value #BIN_PROPERTY}, else the newest
     * {@code /usr/lib/postgresql/<version>/bin} (Debian's {@code postgresql} package), if it has the programs.
     */
    static Optional<Path> find() {
        String configured = System.getProperty(BIN_PROPERTY, "").strip();
        if (!configured.isEmpty()) {
            return Optional.of(Path.of(configured)).filter(PostgresBinaries::hasServerPrograms);
        }
        Path installations = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(installations)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(installations)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(PostgresBinaries::hasServerPrograms)
                    .max(Comparator.comparing(PostgresBinaries::majorVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The programs, or the calling test skipped (failed when services are required) without them. */
    static PostgresBinaries require() {
        Optional<Path> found = find();
        TestServices.assumeInstalled(found.isPresent(), "PostgreSQL is not installed: no initdb and pg_ctl under "
                + "/usr/lib/postgresql/*/bin (install the Debian package postgresql, or set -D" + BIN_PROPERTY + ")");
        return new PostgresBinaries(found.orElseThrow());
    }

    private static boolean hasServerPrograms(Path bin) {
        return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"));
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Gives the files to the user the programs run as (a no-op unless running as root). */
    static void handOver(Path... paths) throws IOException {
        if (!runningAsRoot()) {
            return;
        }
        UserPrincipal owner = paths[0].getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(RUN_AS);
        for (Path path : paths) {
            Files.setOwner(path, owner);
        }
    }

    /**
     * Runs one program in {@code directory} and waits for it; its output goes to a file there, and a
     * failure's message quotes the end of that file and of {@code serverLog}.
     */
    void run(Path directory, Path serverLog, String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (runningAsRoot()) {
            command.addAll(List.of("runuser", "-u", RUN_AS, "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        Path output = directory.resolve(program + ".out");
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(program + " did not finish within " + COMMAND_TIMEOUT);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(program + " failed (exit " + process.exitValue() + "): "
                        + tail(output) + " | server log: " + tail(serverLog));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + program, e);
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join(" / ", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
        } catch (IOException e) {
            return "(no " + file.getFileName() + ")";
        }
    }
}
