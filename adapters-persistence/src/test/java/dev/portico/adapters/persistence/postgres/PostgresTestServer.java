package dev.portico.adapters.persistence.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests: {@code initdb} and {@code pg_ctl} from the machine's
 * installation (Debian's {@code postgresql} package: {@code /usr/lib/postgresql/<version>/bin}, or the
 * directory in the system property {@value #BIN_PROPERTY}), a data directory in a temporary directory,
 * listening on a free port on 127.0.0.1 only, with password authentication for the superuser
 * {@link #user()}. As root it runs as the unprivileged user {@code nobody}, since initdb refuses root.
 *
 * <p>{@link #shared()} is the one server of the JVM, started on first use and stopped by a shutdown
 * hook; take a {@link #createDatabase() database of your own} from it. {@link #startPrivate()} is a
 * server of the caller's own, to stop and start again (outage tests); close it when done. Without the
 * binaries, both skip the calling test, or fail it when {@code portico.test.services=required}.
 */
public final class PostgresTestServer implements AutoCloseable {

    public static final String BIN_PROPERTY = PostgresBinaries.BIN_PROPERTY;
    public static final String HOST = "127.0.0.1";

    private static final String USER = "portico";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    /**
     * FOR TESTS ONLY: no fsync, no synchronous commit and no full-page writes make start-up and every
     * commit fast, and lose data on a crash, which a test server never has to survive.
     */
    private static final List<String> TEST_ONLY_SETTINGS = List.of(
            "listen_addresses = '" + HOST + "'", "fsync = off", "synchronous_commit = off",
            "full_page_writes = off", "max_connections = 300", "shared_buffers = 32MB", "log_min_messages = warning");

    private static PostgresTestServer shared;
    private static RuntimeException sharedFailure;

    private final PostgresBinaries binaries;
    private final Path directory;
    private final String password = "test-" + UUID.randomUUID();
    private int port;
    private boolean running;

    private PostgresTestServer(PostgresBinaries binaries) {
        this.binaries = binaries;
        try {
            this.directory = Files.createTempDirectory("portico-pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server shared by every test of this JVM, started on the first call. */
    public static synchronized PostgresTestServer shared() {
        PostgresBinaries binaries = PostgresBinaries.require();
        if (sharedFailure != null) {
            throw sharedFailure;
        }
        if (shared == null) {
            try {
                PostgresTestServer server = new PostgresTestServer(binaries);
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "postgres-test-server-stop"));
                server.initialise();
                server.start();
                shared = server;
            } catch (RuntimeException failure) {
                sharedFailure = failure;
                throw failure;
            }
        }
        return shared;
    }

    /** A server of the caller's own, started; {@link #close()} stops it and deletes its files. */
    public static PostgresTestServer startPrivate() {
        PostgresTestServer server = new PostgresTestServer(PostgresBinaries.require());
        try {
            server.initialise();
            server.start();
            return server;
        } catch (RuntimeException failure) {
            server.close();
            throw failure;
        }
    }

    /** Where initdb and pg_ctl are, if PostgreSQL is installed. */
    public static Optional<Path> binaries() {
        return PostgresBinaries.find();
    }

    private void initialise() {
        try {
            Path passwordFile = Files.writeString(directory.resolve("password"), password + "\n");
            PostgresBinaries.handOver(directory, passwordFile);
            run("initdb", "-D", dataDirectory().toString(), "-U", USER, "--pwfile=" + passwordFile,
                    "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
            Files.delete(passwordFile);
            Files.write(dataDirectory().resolve("postgresql.conf"), TEST_ONLY_SETTINGS, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server (again, after {@link #stop()}) on its port; the first start picks a free one. */
    public synchronized void start() {
        if (running) {
            return;
        }
        int attempts = port == 0 ? 3 : 1;
        for (int attempt = 1; ; attempt++) {
            int candidate = port == 0 ? freePort() : port;
            try {
                run("pg_ctl", "-D", dataDirectory().toString(), "-l", directory.resolve("server.log").toString(),
                        "-w", "-t", "60", "-o", "-p " + candidate + " -k " + directory, "start");
                port = candidate;
                running = true;
                return;
            } catch (IllegalStateException failure) {
                if (attempt >= attempts) {
                    throw failure;
                }
            }
        }
    }

    /** Stops the server, as an operator would ({@code pg_ctl stop -m fast}): connections are cut. */
    public synchronized void stop() {
        if (running) {
            run("pg_ctl", "-D", dataDirectory().toString(), "-m", "fast", "-w", "stop");
            running = false;
        }
    }

    /** Stops the server at once and deletes every file it had. */
    @Override
    public synchronized void close() {
        try {
            if (running) {
                run("pg_ctl", "-D", dataDirectory().toString(), "-m", "immediate", "-w", "stop");
                running = false;
            }
        } finally {
            deleteRecursively(directory);
        }
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }

    /** The superuser, who owns every database this server creates. */
    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + port + "/" + database;
    }

    /** A new, empty database, its name unique in this JVM. */
    public Database createDatabase() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        execute("postgres", "CREATE DATABASE " + name);
        return database(name);
    }

    /** How to reach a database of this server. */
    public Database database(String name) {
        return new Database(name, jdbcUrl(name), USER, password);
    }

    /** Drops a database, cutting whatever is still connected to it. */
    public void dropDatabase(String name) {
        execute("postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** Runs one statement as the superuser, outside any transaction. */
    public void execute(String database, String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(database), USER, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test server could not run [" + sql + "]: " + e.getMessage(), e);
        }
    }

    /** A database's coordinates, and the adapter settings that reach it. */
    public record Database(String name, String url, String user, String password) {

        public PostgresSettings settings(int poolSize, Duration connectTimeout) {
            return new PostgresSettings(url, user, password, poolSize, connectTimeout);
        }

        @Override
        public String toString() {
            return "Database[" + url + " as " + user + "]";
        }
    }

    private Path dataDirectory() {
        return directory.resolve("data");
    }

    private void run(String program, String... arguments) {
        binaries.run(directory, directory.resolve("server.log"), program, arguments);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on " + HOST, e);
        }
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A temporary directory left behind is not worth failing a test run for.
        }
    }
}
