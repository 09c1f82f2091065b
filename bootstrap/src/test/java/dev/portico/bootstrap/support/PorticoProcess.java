package dev.portico.bootstrap.support;

import dev.portico.bootstrap.PorticoApplication;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code server} command in a JVM of its own (the test classpath, {@link PorticoApplication}
 * as main class, a secret in its environment), so a test can send it a real SIGTERM and read its output.
 */
public final class PorticoProcess implements AutoCloseable {

    /** The shipped development configuration at the repository root. */
    public static final Path SHIPPED_CONFIG = Path.of("..", "config.yml").toAbsolutePath().normalize();

    private final Process process;
    private final Thread reader;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final int port;
    private final int adminPort;

    private PorticoProcess(Process process, int port, int adminPort) {
        this.process = process;
        this.port = port;
        this.adminPort = adminPort;
        this.reader = new Thread(this::readOutput, "portico-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code server <config>} with the given {@code -Ddw.} overrides, on free ports of its own. */
    public static PorticoProcess start(Path config, Map<String, String> overrides) {
        int port = freePort();
        int adminPort = freePort();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                "-Ddw.server.applicationConnectors[0].port=" + port,
                "-Ddw.server.adminConnectors[0].port=" + adminPort));
        overrides.forEach((key, value) -> command.add("-Ddw." + key + "=" + value));
        command.addAll(List.of(PorticoApplication.class.getName(), "server", config.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JWT_SECRET", TestApplication.JWT_SECRET);
        try {
            return new PorticoProcess(builder.start(), port, adminPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public int adminPort() {
        return adminPort;
    }

    /** Waits until the pulse answers 200; fails with the output so far if the process dies first. */
    public PorticoProcess awaitReady() throws InterruptedException {
        Http http = new Http(port);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The server exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                if (http.get("/api/v1/pulse").status() == 200) {
                    return this;
                }
            } catch (UncheckedIOException notYetListening) {
                // not accepting connections yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The server did not get ready:\n" + output());
    }

    /**
     * Sends SIGTERM, as an orchestrator stopping the service does. Through the process handle:
     * {@link Process#destroy()} sends the same signal but also closes the pipes, losing the last lines.
     */
    public void terminate() {
        process.toHandle().destroy();
    }

    /** Waits for the process to exit, and for its last lines to be read; returns its exit code. */
    public int awaitExit(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("The server is still running " + limit + " after SIGTERM:\n" + output());
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        return process.exitValue();
    }

    /** Every line the process has written to stdout and stderr so far. */
    public List<String> lines() {
        return List.copyOf(output);
    }

    public String output() {
        return String.join("\n", output);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private void readOutput() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.add(line);
            }
        } catch (IOException ended) {
            // the process is gone
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
