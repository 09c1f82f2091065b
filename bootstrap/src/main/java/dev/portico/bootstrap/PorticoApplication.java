package dev.portico.bootstrap;

import dev.portico.adapters.rest.docs.DocsServlet;
import dev.portico.adapters.rest.openapi.OpenApiDocument;
import dev.portico.adapters.rest.openapi.OpenApiResource;
import dev.portico.adapters.rest.platform.HttpPlatform;
import dev.portico.adapters.rest.platform.HttpPlatformSettings;
import dev.portico.adapters.rest.pulse.PulseResource;
import dev.portico.application.pulse.CheckPulse;
import dev.portico.bootstrap.cli.BackupCommand;
import dev.portico.bootstrap.cli.DbCommand;
import dev.portico.bootstrap.cli.OpenApiCommand;
import dev.portico.bootstrap.cli.PorticoServerCommand;
import dev.portico.bootstrap.health.StorageHealthCheck;
import dev.portico.bootstrap.storage.Storage;
import dev.portico.bootstrap.storage.StorageFactory;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.CheckCommand;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/** Portico's entry point: the wiring diagram of adapters into use cases, read top to bottom. */
public class PorticoApplication extends Application<PorticoConfiguration> {

    private static final Set<String> HTTP_METHODS =
            Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE");

    private final Map<String, String> environmentVariables;

    public PorticoApplication() {
        this(System.getenv());
    }

    public PorticoApplication(Map<String, String> environmentVariables) {
        this.environmentVariables = Map.copyOf(environmentVariables);
    }

    public static void main(String[] args) throws Exception {
        new PorticoApplication().run(args);
    }

    @Override
    public String getName() {
        return "portico";
    }

    @Override
    protected void addDefaultCommands(Bootstrap<PorticoConfiguration> bootstrap) {
        bootstrap.addCommand(new PorticoServerCommand(this));
        bootstrap.addCommand(new CheckCommand<>(this));
        bootstrap.addCommand(new OpenApiCommand());
        bootstrap.addCommand(new DbCommand());
        bootstrap.addCommand(new BackupCommand());
    }

    @Override
    public void initialize(Bootstrap<PorticoConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
    }

    @Override
    public void run(PorticoConfiguration configuration, Environment environment) {
        JwtSecret.fromEnvironment(environmentVariables);
        takeOverFrameworkErrors(configuration);

        Storage storage = StorageFactory.open(configuration.getDatabase(), environment);
        environment.healthChecks().register("storage", new StorageHealthCheck(storage.health()));
        CheckPulse checkPulse = new CheckPulse(storage.health(), Clock.systemUTC(), Version.current());

        HttpPlatform.install(environment, httpSettings(configuration));
        environment.jersey().register(new PulseResource(checkPulse));
        environment.jersey().register(new OpenApiResource(OpenApiDocument.generate()));
        environment.servlets().addServlet("docs", new DocsServlet()).addMapping("/docs", "/docs/*");
    }

    private static void takeOverFrameworkErrors(PorticoConfiguration configuration) {
        if (configuration.getServerFactory() instanceof AbstractServerFactory server) {
            server.setRegisterDefaultExceptionMappers(false);
            server.setAllowedMethods(HTTP_METHODS);
        }
    }

    private static HttpPlatformSettings httpSettings(PorticoConfiguration configuration) {
        return new HttpPlatformSettings(
                configuration.getHttp().getMaxBodySize().toBytes(),
                configuration.getCors().getAllowedOrigins(),
                configuration.getHttp().isBehindHttps(),
                configuration.getHttp().getHstsMaxAge().toSeconds());
    }
}
