package dev.portico.bootstrap;

import dev.portico.application.auth.AuthenticateAccessToken;
import dev.portico.application.user.support.PasswordHashing;
import dev.portico.bootstrap.auth.AuthWiring;
import dev.portico.bootstrap.cli.BackupCommand;
import dev.portico.bootstrap.cli.DbCommand;
import dev.portico.bootstrap.cli.OpenApiCommand;
import dev.portico.bootstrap.cli.PorticoServerCommand;
import dev.portico.bootstrap.cli.UserCommand;
import dev.portico.bootstrap.cluster.Cluster;
import dev.portico.bootstrap.cluster.ClusterWiring;
import dev.portico.bootstrap.docs.DocsWiring;
import dev.portico.bootstrap.health.PulseWiring;
import dev.portico.bootstrap.http.HttpWiring;
import dev.portico.bootstrap.lifecycle.BackgroundJobs;
import dev.portico.bootstrap.link.LinkWiring;
import dev.portico.bootstrap.metrics.PrometheusEndpoint;
import dev.portico.bootstrap.quote.QuoteWiring;
import dev.portico.bootstrap.ratelimit.Quotas;
import dev.portico.bootstrap.ratelimit.RateLimitWiring;
import dev.portico.bootstrap.server.ServerWiring;
import dev.portico.bootstrap.storage.Storage;
import dev.portico.bootstrap.storage.StorageFactory;
import dev.portico.bootstrap.stream.StreamWiring;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.CheckCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import java.util.Map;

/**
 * Portico's entry point. {@link #run} is the wiring diagram, read top to bottom: the server's habits,
 * the store, the quote feed, what every request passes through, then each feature, then the docs and
 * metrics. Each feature's wiring lives in its own class next to the feature's other bootstrap code.
 */
public class PorticoApplication extends Application<PorticoConfiguration> {

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
        bootstrap.addCommand(new UserCommand());
    }

    @Override
    public void initialize(Bootstrap<PorticoConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
    }

    @Override
    public void run(PorticoConfiguration config, Environment environment) {
        JwtSecret secret = JwtSecret.fromEnvironment(environmentVariables);
        ServerWiring.prepare(config.getServerFactory(), config.getLoggingFactory(), environment);
        Clock clock = clock();
        Cluster cluster = ClusterWiring.open(config.getRedis(), environmentVariables, environment);
        BackgroundJobs jobs = new BackgroundJobs(environment.lifecycle(), cluster.jobClaims());

        Storage storage = StorageFactory.open(config.getDatabase(), environmentVariables, environment);
        QuoteWiring.Market market = QuoteWiring.openFeed(config.getQuoteFeed(), config.getSnapshots(),
                environmentVariables, environment, clock);

        HttpWiring.install(config.getHttp(), config.getCors(), environment);
        Quotas quotas = RateLimitWiring.install(config.getRateLimiter(), config.getRedis(), config.getRateLimits(), cluster,
                environment, clock);
        PulseWiring.install(storage, cluster, market.feed(), Version.current(), environment, clock);
        PasswordHashing hashing = AuthWiring.hashing(config.getPasswords(), environment);
        AuthWiring.gatePasswordRoutes(hashing, quotas, config.getHttp(), config.getCors(), environment);
        AuthenticateAccessToken authenticate = AuthWiring.install(config.getJwt(), hashing, secret.bytes(),
                environment, storage, cluster, clock, jobs);
        LinkWiring.install(config.getPublicBaseUrl(), config.getLinks(), config.getVisits(),
                HttpWiring.securityHeaders(config.getHttp()), environment, storage, cluster, clock, jobs);
        QuoteWiring.install(config.getDeprecation(), config.getSnapshots(), market, storage.snapshots(), environment,
                clock, jobs);
        StreamWiring.install(config.getStream(), environment, market.feed(), cluster, authenticate, clock, jobs);
        DocsWiring.install(config.getPublicBaseUrl(), environment);
        PrometheusEndpoint.install(environment);
    }

    /** The clock every use case and token check reads; tests replace it to move time without sleeping. */
    protected Clock clock() {
        return Clock.systemUTC();
    }
}
