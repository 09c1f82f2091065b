package dev.portico.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ResourceHelpers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the real main class in a child JVM, as an operator would, with a bad {@code JWT_SECRET}. */
class StartupRefusalTest {

    @TempDir
    Path data;

    record Outcome(int exitCode, List<String> stderrLines, String stdout) {
    }

    private Outcome start(String jwtSecret, String... overrides) throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath,
                "-Ddw.database.path=" + data.resolve("portico.db")));
        command.addAll(List.of(overrides));
        command.addAll(List.of(PorticoApplication.class.getName(), "server",
                ResourceHelpers.resourceFilePath("test-config.yml")));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("JWT_SECRET");
        builder.environment().remove("FINNHUB_API_KEY");
        if (jwtSecret != null) {
            builder.environment().put("JWT_SECRET", jwtSecret);
        }
        Process process = builder.start();
        process.getOutputStream().close();
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
            throw new AssertionError("The process started instead of refusing");
        }
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Outcome(process.exitValue(), stderr.lines().filter(line -> !line.isBlank()).toList(), stdout);
    }

    @Test
    void givenNoJwtSecret_theProcessExitsNonZeroWithOneLine() throws Exception {
        Outcome outcome = start(null);

        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.stderrLines()).hasSize(1);
        assertThat(outcome.stderrLines().get(0)).contains("JWT_SECRET is not set");
    }

    @Test
    void givenAShortJwtSecret_theProcessExitsNonZeroWithOneLineThatDoesNotEchoIt() throws Exception {
        String secret = "short-but-secret-value-31-bytes";

        Outcome outcome = start(secret);

        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.stderrLines()).hasSize(1);
        assertThat(outcome.stderrLines().get(0)).contains("JWT_SECRET is too short").contains("31 bytes");
        assertThat(outcome.stderrLines().get(0) + outcome.stdout()).doesNotContain(secret);
    }

    @Test
    void givenASunsetBeforeTheDeprecation_theProcessRefusesToStartWithOneLine() throws Exception {
        Outcome outcome = start("test-secret-that-is-long-enough-for-hs256-0123456789",
                "-Ddw.deprecation.v1.deprecatedAt=2026-06-01T00:00:00Z", "-Ddw.deprecation.v1.sunsetAt=2026-05-01T00:00:00Z");

        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.stderrLines()).hasSize(1);
        assertThat(outcome.stderrLines().get(0)).contains("sunsetAt").contains("earlier than");
    }

    @Test
    void givenTheFinnhubFeedWithoutAKey_theProcessRefusesToStartWithOneLine() throws Exception {
        Outcome outcome = start("test-secret-that-is-long-enough-for-hs256-0123456789", "-Ddw.quoteFeed.type=finnhub");

        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.stderrLines()).hasSize(1);
        assertThat(outcome.stderrLines().get(0)).contains("FINNHUB_API_KEY is not set");
    }
}
