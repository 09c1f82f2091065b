package dev.portico.bootstrap;

import dev.portico.adapters.persistence.cache.CachingLinkStore;
import dev.portico.adapters.persistence.memory.InMemoryRateLimiter;
import dev.portico.adapters.rest.auth.AdminUsersResource;
import dev.portico.adapters.rest.auth.AuthHttp;
import dev.portico.adapters.rest.auth.LoginResource;
import dev.portico.adapters.rest.auth.LogoutAllResource;
import dev.portico.adapters.rest.auth.LogoutResource;
import dev.portico.adapters.rest.auth.MeResource;
import dev.portico.adapters.rest.auth.RefreshCookie;
import dev.portico.adapters.rest.auth.RefreshResource;
import dev.portico.adapters.rest.auth.RegisterResource;
import dev.portico.adapters.rest.docs.DocsServlet;
import dev.portico.adapters.rest.link.LinkResource;
import dev.portico.adapters.rest.link.LinkStatsResource;
import dev.portico.adapters.rest.link.ListLinksResource;
import dev.portico.adapters.rest.link.RedirectHandler;
import dev.portico.adapters.rest.link.RedirectServlet;
import dev.portico.adapters.rest.link.ShortenResource;
import dev.portico.adapters.rest.openapi.OpenApiDocument;
import dev.portico.adapters.rest.openapi.OpenApiResource;
import dev.portico.adapters.rest.platform.HttpPlatform;
import dev.portico.adapters.rest.platform.HttpPlatformSettings;
import dev.portico.adapters.rest.platform.SecurityHeaders;
import dev.portico.adapters.rest.pulse.PulseResource;
import dev.portico.adapters.rest.quote.DeprecationHeaders;
import dev.portico.adapters.rest.quote.QuoteV1Resource;
import dev.portico.adapters.rest.quote.QuoteV2Resource;
import dev.portico.adapters.rest.quote.SnapshotV1Resource;
import dev.portico.adapters.rest.ratelimit.RateLimiting;
import dev.portico.adapters.rest.ratelimit.RateLimitRules;
import dev.portico.adapters.rest.ratelimit.TrustedProxies;
import dev.portico.adapters.rest.stream.StreamEndpoint;
import dev.portico.adapters.rest.stream.StreamSettings;
import dev.portico.adapters.quotefeed.stream.PollingQuoteStream;
import dev.portico.application.stream.StreamHub;
import dev.portico.application.stream.StreamLimits;
import dev.portico.bootstrap.config.StreamConfig;
import dev.portico.adapters.security.token.JjwtTokenCodec;
import dev.portico.application.auth.AuthenticateAccessToken;
import dev.portico.application.auth.Login;
import dev.portico.application.auth.Logout;
import dev.portico.application.auth.LogoutAll;
import dev.portico.application.auth.PurgeExpiredTokenFamilies;
import dev.portico.application.auth.RotateRefreshToken;
import dev.portico.application.auth.TokenMint;
import dev.portico.application.auth.TokenSettings;
import dev.portico.application.auth.TokensNotBefore;
import dev.portico.application.auth.port.TokenCodec;
import dev.portico.application.link.DeleteLink;
import dev.portico.application.link.ForgetIdempotencyKeys;
import dev.portico.application.link.GetLink;
import dev.portico.application.link.LinkSettings;
import dev.portico.application.link.LinkStats;
import dev.portico.application.link.ListLinks;
import dev.portico.application.link.LiveVisitCounts;
import dev.portico.application.link.ResolveLink;
import dev.portico.application.link.ShortenLink;
import dev.portico.application.link.UpdateLink;
import dev.portico.application.link.VisitQueue;
import dev.portico.application.pulse.CheckPulse;
import dev.portico.application.quote.CaptureDailySnapshots;
import dev.portico.application.quote.GetQuote;
import dev.portico.application.quote.GetQuotes;
import dev.portico.application.quote.GetSnapshot;
import dev.portico.application.quote.SnapshotHistory;
import dev.portico.application.quote.port.QuoteFeed;
import dev.portico.application.ratelimit.ConsumeQuota;
import dev.portico.application.user.CurrentUser;
import dev.portico.application.user.ListUsers;
import dev.portico.application.user.PasswordHashing;
import dev.portico.application.user.RegisterUser;
import dev.portico.bootstrap.cli.BackupCommand;
import dev.portico.bootstrap.cli.DbCommand;
import dev.portico.bootstrap.cli.OpenApiCommand;
import dev.portico.bootstrap.cli.PorticoServerCommand;
import dev.portico.bootstrap.cli.UserCommand;
import dev.portico.bootstrap.config.JwtConfig;
import dev.portico.bootstrap.config.LinksConfig;
import dev.portico.bootstrap.config.VisitsConfig;
import dev.portico.bootstrap.config.DeprecationConfig;
import dev.portico.bootstrap.config.SnapshotsConfig;
import dev.portico.bootstrap.quote.DailyCapture;
import dev.portico.bootstrap.quote.QuoteFeeds;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.quote.MarketCalendar;
import dev.portico.domain.quote.Symbol;
import dev.portico.bootstrap.config.RateLimitsConfig;
import dev.portico.bootstrap.security.Passwords;
import dev.portico.bootstrap.health.StorageHealthCheck;
import dev.portico.bootstrap.logging.RequestLogStatus;
import dev.portico.bootstrap.metrics.FeedCircuitGauge;
import dev.portico.bootstrap.metrics.PrometheusEndpoint;
import dev.portico.bootstrap.storage.Storage;
import dev.portico.bootstrap.storage.StorageFactory;
import com.codahale.metrics.MetricRegistry;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.CheckCommand;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Portico's entry point: the wiring diagram of adapters into use cases, read top to bottom. */
public class PorticoApplication extends Application<PorticoConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(PorticoApplication.class);

    private static final long RATE_LIMIT_BUCKETS = 100_000;
    private static final java.time.Duration UNKNOWN_CODE_TTL = java.time.Duration.ofSeconds(5);
    private static final long UNKNOWN_CODES = 100_000;

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
        bootstrap.addCommand(new UserCommand());
    }

    @Override
    public void initialize(Bootstrap<PorticoConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
    }

    @Override
    public void run(PorticoConfiguration configuration, Environment environment) {
        JwtSecret secret = JwtSecret.fromEnvironment(environmentVariables);
        configuration.getLoggingFactory().applyTo(configuration.getServerFactory());
        RequestLogStatus.reportOnlyProblems(environment.lifecycle());
        announceShutdown(configuration, environment);
        takeOverFrameworkErrors(configuration);
        allowEncodedSlashes(configuration, environment);
        Clock clock = clock();

        Storage storage = StorageFactory.open(configuration.getDatabase(), environment);
        environment.healthChecks().register("storage", new StorageHealthCheck(storage.health()));
        MarketCalendar market = QuoteFeeds.calendar(configuration.getQuoteFeed(), configuration.getSnapshots().getZone());
        QuoteFeeds.Opened quoteFeed = QuoteFeeds.open(configuration.getQuoteFeed(), environmentVariables, clock, market);
        QuoteFeed feed = quoteFeed.feed();
        environment.metrics().registerGauge("quote.feed.upstream.calls", quoteFeed.upstream()::calls);
        environment.metrics().registerGauge(FeedCircuitGauge.NAME, new FeedCircuitGauge(feed));
        CheckPulse checkPulse = new CheckPulse(storage.health(), feed, clock, Version.current());

        HttpPlatform.install(environment, httpSettings(configuration));
        RateLimiting.install(environment, new ConsumeQuota(new InMemoryRateLimiter(RATE_LIMIT_BUCKETS)),
                rateLimitRules(configuration.getRateLimits()));
        environment.jersey().register(new PulseResource(checkPulse));
        AuthenticateAccessToken authenticate = registerAccounts(configuration, environment, storage, secret, clock);
        registerLinks(configuration, environment, storage, clock);
        registerQuotes(configuration, environment, storage, feed, clock, market);
        registerStream(configuration.getStream(), environment, feed, authenticate, clock);
        environment.jersey().register(new OpenApiResource(OpenApiDocument.generate(configuration.getPublicBaseUrl())));
        environment.servlets().addServlet("docs", new DocsServlet()).addMapping("/docs", "/docs/*");
        PrometheusEndpoint.install(environment);
    }

    /** The clock every use case and token check reads; tests replace it to move time without sleeping. */
    protected Clock clock() {
        return Clock.systemUTC();
    }

    private static AuthenticateAccessToken registerAccounts(PorticoConfiguration configuration, Environment environment, Storage storage,
            JwtSecret secret, Clock clock) {
        JwtConfig jwt = configuration.getJwt();
        TokenSettings settings = jwt.tokenSettings();
        TokenCodec codec = new JjwtTokenCodec(secret.bytes(), jwt.getIssuer(), jwt.getAudience(), jwt.getClockSkew(), clock);
        TokensNotBefore notBefore = new TokensNotBefore(storage.users(), clock, settings);
        TokenMint mint = new TokenMint(codec, notBefore, settings);
        PasswordHashing hashing = Passwords.hashing(configuration.getPasswords());
        environment.lifecycle().manage(closing(hashing));
        RefreshCookie cookie = new RefreshCookie(jwt.isSecureCookie());

        JerseyEnvironment jersey = environment.jersey();
        AuthenticateAccessToken authenticate = new AuthenticateAccessToken(codec, notBefore);
        AuthHttp.install(jersey, authenticate);
        jersey.register(new RegisterResource(new RegisterUser(storage.users(), Passwords.policy(), hashing, clock)));
        jersey.register(new LoginResource(new Login(storage.users(), storage.refreshTokens(), hashing, mint, clock), cookie));
        jersey.register(new RefreshResource(
                new RotateRefreshToken(codec, storage.refreshTokens(), storage.users(), mint, clock), cookie));
        jersey.register(new LogoutResource(new Logout(codec, storage.refreshTokens(), clock), cookie));
        jersey.register(new LogoutAllResource(new LogoutAll(storage.refreshTokens(), notBefore, clock), cookie));
        jersey.register(new MeResource(new CurrentUser(storage.users())));
        jersey.register(new AdminUsersResource(new ListUsers(storage.users())));

        PurgeExpiredTokenFamilies purge = new PurgeExpiredTokenFamilies(storage.refreshTokens(), clock);
        ScheduledExecutorService housekeeping = environment.lifecycle().scheduledExecutorService("token-purge").build();
        housekeeping.scheduleWithFixedDelay(() -> quietly("Purging expired refresh token families", purge::purge), 1, 60,
                TimeUnit.MINUTES);
        return authenticate;
    }

    private static void registerLinks(PorticoConfiguration configuration, Environment environment, Storage storage,
            Clock clock) {
        LinksConfig config = configuration.getLinks();
        VisitsConfig visitsConfig = configuration.getVisits();
        LinkSettings settings = new LinkSettings(configuration.getPublicBaseUrl(), config.isAllowPrivateTargets(),
                config.getRedirectStatus());
        CachingLinkStore links = new CachingLinkStore(storage.links(), config.getCacheSize(), UNKNOWN_CODES, UNKNOWN_CODE_TTL);
        VisitQueue visits = new VisitQueue(storage.visits(), visitsConfig.getQueueCapacity(), visitsConfig.getBatchSize());
        LiveVisitCounts liveCounts = new LiveVisitCounts(visits);
        scheduleVisitFlush(environment, visits, visitsConfig.getFlushInterval().toMilliseconds());
        registerVisitMetrics(environment, visits);

        JerseyEnvironment jersey = environment.jersey();
        jersey.register(new ShortenResource(new ShortenLink(links, storage.links(), settings, clock), settings));
        jersey.register(new ListLinksResource(new ListLinks(storage.links()), settings));
        jersey.register(new LinkResource(new GetLink(links, storage.visits()),
                new UpdateLink(links, links, storage.visits(), settings, clock),
                new DeleteLink(links, links, liveCounts), settings));
        jersey.register(new LinkStatsResource(new LinkStats(links, storage.visits(), clock)));
        ResolveLink resolveLink = new ResolveLink(links, visits, liveCounts, clock);
        RedirectHandler.install(environment, resolveLink, securityHeaders(configuration));
        environment.servlets().addServlet("redirect", new RedirectServlet(resolveLink)).addMapping("/s/*");

        ForgetIdempotencyKeys forget = new ForgetIdempotencyKeys(storage.links(), clock);
        environment.lifecycle().scheduledExecutorService("idempotency-purge").build()
                .scheduleWithFixedDelay(() -> quietly("Forgetting old idempotency keys", forget::forget), 1, 60,
                        TimeUnit.MINUTES);
    }

    private static void registerQuotes(PorticoConfiguration configuration, Environment environment, Storage storage,
            QuoteFeed feed, Clock clock, MarketCalendar market) {
        DeprecationConfig.Window v1 = configuration.getDeprecation().getV1();
        if (v1.getSunsetAt().isBefore(v1.getDeprecatedAt())) {
            throw new StartupRefusedException("deprecation.v1.sunsetAt (" + v1.getSunsetAt()
                    + ") is earlier than deprecation.v1.deprecatedAt (" + v1.getDeprecatedAt() + ")");
        }
        GetQuote getQuote = new GetQuote(feed);
        GetSnapshot getSnapshot = new GetSnapshot(feed, storage.snapshots(), clock, market);
        JerseyEnvironment jersey = environment.jersey();
        jersey.register(new DeprecationHeaders(v1.getDeprecatedAt(), v1.getSunsetAt()));
        jersey.register(new QuoteV1Resource(getQuote));
        jersey.register(new SnapshotV1Resource(getSnapshot, new SnapshotHistory(storage.snapshots(), clock, market)));
        jersey.register(new QuoteV2Resource(getQuote, new GetQuotes(feed), getSnapshot));

        SnapshotsConfig snapshots = configuration.getSnapshots();
        CaptureDailySnapshots capture = new CaptureDailySnapshots(feed, storage.snapshots(),
                trackedSymbols(snapshots), clock, market);
        ScheduledExecutorService captureScheduler =
                environment.lifecycle().scheduledExecutorService("snapshot-capture").build();
        environment.lifecycle().manage(new DailyCapture(capture, captureScheduler, clock, market, snapshots.getCaptureAt()));
    }

    private static void registerStream(StreamConfig config, Environment environment, QuoteFeed feed,
            AuthenticateAccessToken authenticate, Clock clock) {
        PollingQuoteStream upstream = new PollingQuoteStream(feed,
                java.time.Duration.ofMillis(config.getPollInterval().toMilliseconds()));
        environment.lifecycle().manage(closing(upstream));
        StreamHub hub = new StreamHub(upstream, feed,
                new StreamLimits(50, config.getMaxConnectionsPerUser(), config.getMaxConnections()));
        environment.metrics().registerGauge("stream.connections", hub::connections);
        StreamSettings settings = new StreamSettings(duration(config.getPingInterval()),
                duration(config.getIdleTimeout()), duration(config.getAuthTimeout()), duration(config.getExpiryGrace()),
                duration(config.getLagWarning()), duration(config.getLagClose()),
                (int) config.getMaxMessageSize().toBytes(), config.getMaxBadMessages());
        StreamEndpoint.install(environment, hub, authenticate, settings, environment.getObjectMapper(), clock);
    }

    private static java.time.Duration duration(io.dropwizard.util.Duration duration) {
        return java.time.Duration.ofMillis(duration.toMilliseconds());
    }

    private static List<Symbol> trackedSymbols(SnapshotsConfig snapshots) {
        try {
            return snapshots.getTrackedSymbols().stream().map(Symbol::parse).toList();
        } catch (InvalidInputException invalid) {
            throw new StartupRefusedException("snapshots.trackedSymbols lists an invalid ticker symbol");
        }
    }

    /**
     * Flushes the visit queue on a schedule, and once more when the server stops: Dropwizard stops
     * managed objects after the connectors, so no redirect can queue a visit after that last flush.
     */
    private static void scheduleVisitFlush(Environment environment, VisitQueue visits, long intervalMillis) {
        ScheduledExecutorService flusher = environment.lifecycle().scheduledExecutorService("visit-flush").build();
        flusher.scheduleWithFixedDelay(() -> quietly("Writing queued visits", visits::flush), intervalMillis,
                intervalMillis, TimeUnit.MILLISECONDS);
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                LOG.info("Wrote the last {} queued visits", visits.flush());
            }
        });
    }

    /**
     * Says what a stop (SIGTERM included) does, as it starts: Jetty refuses new connections and
     * requests, waits up to {@code server.shutdownGracePeriod} for those in flight, then the managed
     * objects stop, the visit queue's final flush among them.
     */
    private static void announceShutdown(PorticoConfiguration configuration, Environment environment) {
        String grace = configuration.getServerFactory() instanceof AbstractServerFactory server
                ? server.getShutdownGracePeriod().toString() : "the configured grace period";
        environment.lifecycle().addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStopping(LifeCycle event) {
                if (event instanceof Server) {
                    LOG.info("Shutting down: refusing new requests, finishing those in flight (up to {}),"
                            + " closing streams with 1001, then writing queued visits", grace);
                }
            }
        });
    }

    private static void registerVisitMetrics(Environment environment, VisitQueue visits) {
        MetricRegistry metrics = environment.metrics();
        metrics.registerGauge("visits.queued", visits::queued);
        metrics.registerGauge("visits.dropped", visits::dropped);
        metrics.registerGauge("visits.failed", visits::failed);
        metrics.registerGauge("visits.written", visits::written);
    }

    private static void quietly(String what, java.util.function.IntSupplier task) {
        try {
            task.getAsInt();
        } catch (RuntimeException failed) {
            LOG.warn("{} failed; retrying on the next run", what, failed);
        }
    }

    private static RateLimitRules rateLimitRules(RateLimitsConfig limits) {
        TrustedProxies proxies;
        try {
            proxies = TrustedProxies.of(limits.getTrustedProxies());
        } catch (IllegalArgumentException malformed) {
            throw new StartupRefusedException("rateLimits.trustedProxies: " + malformed.getMessage());
        }
        return new RateLimitRules(Map.of(
                "auth", limits.getAuth().policy("auth"),
                "shorten", limits.getShorten().policy("shorten"),
                RateLimitRules.API, limits.getApi().policy(RateLimitRules.API)), proxies);
    }

    private static Managed closing(AutoCloseable resource) {
        return new Managed() {
            @Override
            public void stop() throws Exception {
                resource.close();
            }
        };
    }

    /**
     * v2 symbols may be written {@code BRK%2FB}; Jetty refuses an encoded '/' in a path unless told
     * that this is intended. Servlet mappings still see the decoded path, so path-based filters hold.
     */
    private static void allowEncodedSlashes(PorticoConfiguration configuration, Environment environment) {
        if (configuration.getServerFactory() instanceof DefaultServerFactory server) {
            server.getApplicationConnectors().stream()
                    .filter(HttpConnectorFactory.class::isInstance)
                    .map(HttpConnectorFactory.class::cast)
                    .forEach(connector -> connector.setUriCompliance(UriCompliance.DEFAULT.with(
                            "portico-share-class-symbols", UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR)));
        }
        environment.getApplicationContext().getServletHandler().setDecodeAmbiguousURIs(true);
    }

    private static void takeOverFrameworkErrors(PorticoConfiguration configuration) {
        if (configuration.getServerFactory() instanceof AbstractServerFactory server) {
            server.setRegisterDefaultExceptionMappers(false);
            server.setAllowedMethods(HTTP_METHODS);
        }
    }

    private static SecurityHeaders securityHeaders(PorticoConfiguration configuration) {
        return new SecurityHeaders(configuration.getHttp().isBehindHttps(), configuration.getHttp().getHstsMaxAge().toSeconds());
    }

    private static HttpPlatformSettings httpSettings(PorticoConfiguration configuration) {
        return new HttpPlatformSettings(
                configuration.getHttp().getMaxBodySize().toBytes(),
                configuration.getCors().getAllowedOrigins(),
                configuration.getHttp().isBehindHttps(),
                configuration.getHttp().getHstsMaxAge().toSeconds());
    }
}
