package dev.portico.adapters.redis.testing;

import dev.portico.adapters.redis.connection.RedisSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real {@code redis-server} for tests: started once per JVM, on first need, on a free loopback port
 * in a temporary directory, without persistence, and stopped (directory removed) when the JVM exits.
 * Test classes register it with {@code @ExtendWith(RedisTestServer.Extension.class)} and reach it through
 * {@link #shared()}. When {@code redis-server} is not installed, those tests are skipped, unless the
 * system property {@code portico.test.services} is {@code required} (CI), in which case they fail.
 * Fault tests may {@link #stop()} and {@link #start()} it; it comes back on the same port. A test that
 * stops a server others may be using takes {@link #startPrivate() one of its own} and closes it.
 */
public final class RedisTestServer implements AutoCloseable {

    public static final String SERVICES_PROPERTY = "portico.test.services";
    private static final Duration STARTUP = Duration.ofSeconds(15);
    private static final List<String> SEARCHED = List.of("/usr/bin", "/usr/sbin", "/usr/local/bin");
    private static RedisTestServer shared;

    private final Path binary;
    private final Path directory;
    private final int port;
    private Process process;

    private RedisTestServer(Path binary, Path directory, int port) {
        this.binary = binary;
        this.directory = directory;
        this.port = port;
    }

    /** Starts the shared server before a test class, or skips or fails the class as said above. */
    public static final class Extension implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            shared();
        }
    }

    /** The server of this JVM, started if it was not; skips or fails the test when it cannot be had. */
    public static synchronized RedisTestServer shared() {
        if (shared == null) {
            RedisTestServer server = create(requireBinary());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "redis-test-server-stop"));
            shared = server;
        }
        return shared;
    }

    /**
     * A server of the caller's own on a free port, started; skips or fails the test as {@link #shared()}
     * does. {@link #close()} stops it and deletes its directory.
     */
    public static RedisTestServer startPrivate() {
        RedisTestServer server = create(requireBinary());
        try {
            server.start();
            return server;
        } catch (RuntimeException failure) {
            server.close();
            throw failure;
        }
    }

    private static Path requireBinary() {
        Optional<Path> binary = findBinary();
        if (binary.isEmpty()) {
            String message = "redis-server is not installed (apt-get install redis-server)";
            if ("required".equals(System.getProperty(SERVICES_PROPERTY))) {
                throw new IllegalStateException(message + ", and " + SERVICES_PROPERTY + "=required");
            }
            Assumptions.abort(message + "; skipping the tests that need it");
        }
        return binary.get();
    }

    private static RedisTestServer create(Path binary) {
        try {
            return new RedisTestServer(binary, Files.createTempDirectory("portico-redis-"), freePort());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    public int port() {
        return port;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Settings for this server with the production timeouts. */
    public RedisSettings settings() {
        return RedisSettings.of(url());
    }

    /** Starts the server (again) on its port and returns once it answers. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            process = new ProcessBuilder(binary.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--dir", directory.toString(), "--save", "", "--appendonly", "no", "--daemonize", "no")
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("redis.log").toFile()))
                    .start();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        awaitReady();
    }

    /** Stops the server and returns once it is gone; its data goes with it. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
    }

    private boolean frozen;

    /** Freezes the server (SIGSTOP): connections stay open, nothing is answered, as with a hung host. */
    public synchronized void freeze() {
        signal("-STOP");
        frozen = true;
    }

    /** Lets a frozen server go on (SIGCONT). */
    public synchronized void thaw() {
        signal("-CONT");
        frozen = false;
    }

    /** Thaws the server if a test left it frozen. */
    public synchronized void thawIfFrozen() {
        if (frozen && process != null) {
            thaw();
        }
    }

    private void signal(String signal) {
        if (process == null) {
            throw new IllegalStateException("redis-server is not running");
        }
        try {
            Process kill = new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill " + signal + " failed");
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signalling redis-server", interrupted);
        }
    }

    /** Empties every database, so a test starts from nothing. */
    public void flushAll() {
        String answer = send("FLUSHALL");
        if (!answer.equals("+OK")) {
            throw new IllegalStateException("FLUSHALL answered " + answer);
        }
    }

    /** Sends one inline command and returns the first line of the answer, e.g. {@code +PONG} or {@code :3}. */
    public String send(String inlineCommand) {
        return exchange(inlineCommand, false);
    }

    /** The string value at {@code key}, or null when there is none. */
    public String value(String key) {
        return exchange("GET " + key, true);
    }

    private String exchange(String inlineCommand, boolean bulk) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write((inlineCommand + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String line = in.readLine();
            if (line == null) {
                throw new IOException("redis-server closed the connection");
            }
            if (!bulk) {
                return line;
            }
            if (!line.startsWith("$")) {
                throw new IllegalStateException(inlineCommand + " answered " + line);
            }
            return line.equals("$-1") ? null : in.readLine();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited at start: " + logTail());
            }
            try {
                if (send("PING").equals("+PONG")) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            pause();
        }
        throw new IllegalStateException("redis-server did not answer within " + STARTUP + ": " + logTail());
    }

    /** Stops the server (thawing it first if frozen) and deletes its directory. */
    @Override
    public synchronized void close() {
        thawIfFrozen();
        stop();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is no failure
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(directory.resolve("redis.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException unreadable) {
            return "(no log)";
        }
    }

    private static Optional<Path> findBinary() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.concat(Stream.of(path.split(java.io.File.pathSeparator)), SEARCHED.stream())
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "redis-server"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for redis-server", interrupted);
        }
    }
}
