package dev.portico.bootstrap.outage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.bootstrap.PorticoApplication;
import dev.portico.bootstrap.storage.StorageFactory;
import dev.portico.bootstrap.support.TestApplication;
import io.dropwizard.testing.ResourceHelpers;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real main class in a child JVM, as an operator starts it, with {@code database.type: postgresql}
 * pointing at a port nothing listens on: it refuses to start (it migrates at start-up) with one line
 * naming the URL and never the password. Redis is not running either, which alone would not stop the
 * start ({@link RedisDownAtStartIntegrationTest}). Needs neither server installed.
 */
class PostgresDownAtStartTest {

    private static final String PASSWORD = "do-not-print-this-db-password-4711";

    @TempDir
    Path data;

    @Test
    void givenPostgresqlOnAClosedPort_theProcessRefusesToStartWithOneLineNamingTheUrlButNotThePassword()
            throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/portico";
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "-Ddw.database.path=" + data.resolve("portico.db"),
                "-Ddw.database.type=postgresql", "-Ddw.database.url=" + url, "-Ddw.database.connectTimeout=1s",
                "-Ddw.redis.url=redis://127.0.0.1:" + closedPort(),
                PorticoApplication.class.getName(), "server", ResourceHelpers.resourceFilePath("test-config.yml"));
        builder.environment().put("JWT_SECRET", TestApplication.JWT_SECRET);
        builder.environment().put(StorageFactory.DB_PASSWORD, PASSWORD);
        builder.environment().remove("FINNHUB_API_KEY");
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The process started instead of refusing");
        }
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        List<String> lines = stderr.lines().filter(line -> !line.isBlank()).toList();

        assertThat(process.exitValue()).isNotZero();
        assertThat(lines).as(stderr).hasSize(1);
        assertThat(lines.get(0)).contains("cannot reach PostgreSQL at " + url);
        assertThat(stderr + stdout).doesNotContain(PASSWORD);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
