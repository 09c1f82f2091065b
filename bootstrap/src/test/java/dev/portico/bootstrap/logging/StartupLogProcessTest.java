package dev.portico.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.bootstrap.support.PorticoProcess;
import dev.portico.bootstrap.support.TestApps;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a newcomer sees on starting and stopping the shipped configuration: log lines only, and no warning. */
class StartupLogProcessTest {

    @Test
    void theShippedConfiguration_startsAndStopsWithoutAWarning() throws Exception {
        List<String> output;
        try (PorticoProcess server = PorticoProcess.start(PorticoProcess.SHIPPED_CONFIG,
                Map.of("database.path", TestApps.temporaryDatabase().toString()))) {
            server.awaitReady();
            server.terminate();
            server.awaitExit(Duration.ofSeconds(60));
            output = server.lines();
        }

        assertThat(output).anySatisfy(line -> assertThat(line).contains("Started oejs.Server"));
        assertThat(output).as("log lines at INFO, each in the configured pattern").allSatisfy(line ->
                assertThat(line).matches("(INFO  \\[.*|127\\.0\\.0\\.1 \".*|\\s.*|)"));
        assertThat(output).as("logback's own status lines (|-INFO, |-WARN) printed raw")
                .noneSatisfy(line -> assertThat(line).contains(" |-"));
    }
}
