package dev.portico.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.bootstrap.PorticoConfiguration;
import dev.portico.bootstrap.cli.PorticoServerCommand;
import dev.portico.bootstrap.support.TestApplication;
import io.dropwizard.core.cli.CheckCommand;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code check config.yml} refuses exactly what {@code server config.yml} refuses: each bad file of the
 * table goes through both commands, in-process, and both name the same key in the same words.
 */
class ConfigRefusalTest {

    /** Everything a server needs to start in a test; each row adds the one section it breaks. */
    private static final String BASE = """
            database: { type: memory }
            passwords: { iterations: 1000 }
            server:
              applicationConnectors: [ { type: http, port: 0, bindHost: 127.0.0.1 } ]
              adminConnectors: [ { type: http, port: 0, bindHost: 127.0.0.1 } ]
              requestLog: { appenders: [] }
            logging: { level: WARN, appenders: [] }
            """;

    @TempDir
    Path temp;

    private final ByteArrayOutputStream stdErr = new ByteArrayOutputStream();

    record Run(Optional<Throwable> error, String stdErr) {
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("deprecation: { v1: { deprecatedAt: \"2026-06-01T00:00:00Z\", sunsetAt: \"2026-05-01T00:00:00Z\" } }",
                        "deprecation.v1.sunsetAt must not be earlier than deprecation.v1.deprecatedAt"),
                Arguments.of("snapshots: { trackedSymbols: [AAPL, \"NOT A SYMBOL\"] }",
                        "snapshots.trackedSymbols must list ticker symbols only"),
                Arguments.of("snapshots: { zone: Mars/Olympus_Mons }",
                        "snapshots.zone must be a time zone ID"),
                Arguments.of("rateLimits: { trustedProxies: [10.0.0.0/8, proxy.example.com] }",
                        "rateLimits.trustedProxies must list IP addresses or CIDR ranges only"),
                Arguments.of("rateLimits: { trustedProxies: [10.0.0.0/33] }",
                        "rateLimits.trustedProxies must list IP addresses or CIDR ranges only"),
                Arguments.of("rateLimits: { auth: { limit: 0, window: 60s } }",
                        "rateLimits.auth.limit must be greater than or equal to 1"),
                Arguments.of("jwt: { refreshTtl: 7d, familyTtl: 1d }",
                        "jwt.familyTtl must not be shorter than jwt.refreshTtl"),
                Arguments.of("jwt: { accessTtl: 0s }",
                        "jwt.accessTtl must be greater than or equal to 1 SECONDS"),
                Arguments.of("jwt: { issuer: \" \" }",
                        "jwt.issuer must not be blank"),
                Arguments.of("database: { type: postgresql, url: \"jdbc:postgresql://127.0.0.1:5432/portico\" }",
                        "database.type postgresql needs redis.url"),
                Arguments.of("database: { type: postgresql }\nredis: { url: \"redis://127.0.0.1:6379\" }",
                        "database.url must be a jdbc:postgresql:// URL without a password"),
                Arguments.of("database: { type: postgresql, url: \"jdbc:postgresql://db/portico?password=hunter2\" }\n"
                                + "redis: { url: \"redis://127.0.0.1:6379\" }",
                        "database.url must be a jdbc:postgresql:// URL without a password"),
                Arguments.of("redis: { url: \"redis://127.0.0.1:6379\" }",
                        "redis.url needs database.type postgresql"),
                Arguments.of("database: { type: postgresql, url: \"jdbc:postgresql://127.0.0.1:5432/portico\" }\n"
                                + "redis: { url: \"redis://:secret@127.0.0.1:6379\" }",
                        "redis.url must be redis://host[:port][/db]"),
                Arguments.of("database: { type: postgresql, url: \"jdbc:postgresql://127.0.0.1:5432/portico\" }\n"
                                + "redis: { url: \"redis://127.0.0.1:6379\" }\nrateLimiter: { type: memory }",
                        "database.type postgresql needs rateLimiter.type redis"),
                Arguments.of("rateLimiter: { type: redis }",
                        "rateLimiter.type redis needs redis.url"),
                Arguments.of("quoteFeed: { type: finnhub, cacheTtl: 0s }",
                        "quoteFeed.cacheTtl must be greater than 0 SECONDS"),
                Arguments.of("quoteFeed: { type: finnhub, finnhub: { requestTimeout: 0s } }",
                        "quoteFeed.finnhub.requestTimeout must be greater than 0 SECONDS"),
                Arguments.of("quoteFeed: { type: finnhub, finnhub: { baseUrl: \"https://finnhub.io/api v1\" } }",
                        "quoteFeed.finnhub.baseUrl must be a URL"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badFiles")
    void givenABadFile_checkAndServerRefuseItWithTheSameMessageNamingTheKey(String section, String refusal)
            throws Exception {
        String file = file(section);

        Run check = run("check", file);
        Run server = run("server", file);

        assertThat(check.error()).as("check accepted " + section).isPresent();
        assertThat(check.stdErr()).contains("has an error").contains("* " + refusal);
        assertThat(server.error()).as("server started with " + section).isPresent();
        assertThat(server.stdErr().lines().filter(line -> !line.isBlank()))
                .singleElement().asString()
                .startsWith("portico: refusing to start: ")
                .contains(refusal);
    }

    @Test
    void givenAnUnknownRateLimiterType_checkAndServerRefuseItNamingTheKey() throws Exception {
        String file = file("rateLimiter: { type: carrier-pigeon }");

        Run check = run("check", file);
        Run server = run("server", file);

        assertThat(check.error()).isPresent();
        assertThat(check.stdErr()).contains("Incorrect type of value at: rateLimiter.type");
        assertThat(server.error()).isPresent();
        assertThat(server.stdErr()).startsWith("portico: refusing to start: ")
                .contains("Incorrect type of value at: rateLimiter.type").doesNotContain("\tat ");
    }

    @Test
    void givenTheShippedConfiguration_checkAcceptsIt() {
        assertThat(run("check", Path.of("..", "config.yml").toString()).error()).isEmpty();
    }

    @Test
    void givenTheBaseOfTheTable_checkAcceptsIt() throws Exception {
        assertThat(run("check", file("")).error()).isEmpty();
    }

    private String file(String section) throws Exception {
        Path config = Files.createTempFile(temp, "bad-", ".yml");
        Files.writeString(config, BASE + section + "\n");
        return config.toString();
    }

    private Run run(String command, String file) {
        stdErr.reset();
        TestApplication application = new TestApplication();
        Bootstrap<PorticoConfiguration> bootstrap = new Bootstrap<>(application);
        bootstrap.addCommand(new PorticoServerCommand(application));
        bootstrap.addCommand(new CheckCommand<>(application));
        application.initialize(bootstrap);
        PrintStream err = new PrintStream(stdErr, true, StandardCharsets.UTF_8);
        Optional<Throwable> error = new Cli(new JarLocation(getClass()), bootstrap, System.out, err).run(command, file);
        return new Run(error, stdErr.toString(StandardCharsets.UTF_8));
    }
}
