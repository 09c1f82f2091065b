package dev.portico.bootstrap;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.portico.bootstrap.config.CorsConfig;
import dev.portico.bootstrap.config.DatabaseConfig;
import dev.portico.bootstrap.config.DeprecationConfig;
import dev.portico.bootstrap.config.HttpConfig;
import dev.portico.bootstrap.config.JwtConfig;
import dev.portico.bootstrap.config.LinksConfig;
import dev.portico.bootstrap.config.PasswordsConfig;
import dev.portico.bootstrap.config.QuoteFeedConfig;
import dev.portico.bootstrap.config.RateLimiterConfig;
import dev.portico.bootstrap.config.RateLimitsConfig;
import dev.portico.bootstrap.config.RedisConfig;
import dev.portico.bootstrap.config.SnapshotsConfig;
import dev.portico.bootstrap.config.StreamConfig;
import dev.portico.bootstrap.config.VisitsConfig;
import dev.portico.bootstrap.logging.PorticoLoggingFactory;
import io.dropwizard.core.Configuration;
import io.dropwizard.logging.common.LoggingFactory;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The whole YAML configuration; key names follow section 9 of the API contract. */
public class PorticoConfiguration extends Configuration {

    /** Also the server of the committed OpenAPI document. */
    public static final String DEFAULT_PUBLIC_BASE_URL = "http://localhost:8080";

    @NotEmpty
    @Pattern(regexp = "https?://[^/?#\\s]+(/[^?#\\s]*)?", message = "must be an absolute http(s) URL without query or fragment")
    @JsonProperty
    private String publicBaseUrl = DEFAULT_PUBLIC_BASE_URL;

    @Valid
    @NotNull
    @JsonProperty
    private DatabaseConfig database = new DatabaseConfig();

    @Valid
    @NotNull
    @JsonProperty
    private RedisConfig redis = new RedisConfig();

    @Valid
    @NotNull
    @JsonProperty
    private JwtConfig jwt = new JwtConfig();

    @Valid
    @NotNull
    @JsonProperty
    private PasswordsConfig passwords = new PasswordsConfig();

    @Valid
    @NotNull
    @JsonProperty
    private RateLimitsConfig rateLimits = new RateLimitsConfig();

    @Valid
    @NotNull
    @JsonProperty
    private RateLimiterConfig rateLimiter = new RateLimiterConfig();

    @Valid
    @NotNull
    @JsonProperty
    private LinksConfig links = new LinksConfig();

    @Valid
    @NotNull
    @JsonProperty
    private VisitsConfig visits = new VisitsConfig();

    @Valid
    @NotNull
    @JsonProperty
    private QuoteFeedConfig quoteFeed = new QuoteFeedConfig();

    @Valid
    @NotNull
    @JsonProperty
    private SnapshotsConfig snapshots = new SnapshotsConfig();

    @Valid
    @NotNull
    @JsonProperty
    private DeprecationConfig deprecation = new DeprecationConfig();

    @Valid
    @NotNull
    @JsonProperty
    private StreamConfig stream = new StreamConfig();

    @Valid
    @NotNull
    @JsonProperty
    private CorsConfig cors = new CorsConfig();

    @Valid
    @NotNull
    @JsonProperty
    private HttpConfig http = new HttpConfig();

    private PorticoLoggingFactory logging = new PorticoLoggingFactory();

    /** Dropwizard's {@code logging:} section, plus {@code logging.format}. */
    @Override
    @Valid
    @NotNull
    @JsonProperty("logging")
    public synchronized PorticoLoggingFactory getLoggingFactory() {
        return logging;
    }

    @JsonProperty("logging")
    public synchronized void setLogging(PorticoLoggingFactory logging) {
        this.logging = logging;
    }

    /** Dropwizard's own setter, kept for code; the YAML goes through {@link #setLogging}. */
    @Override
    @JsonIgnore
    public synchronized void setLoggingFactory(LoggingFactory logging) {
        if (!(logging instanceof PorticoLoggingFactory portico)) {
            throw new IllegalArgumentException("logging must be a " + PorticoLoggingFactory.class.getSimpleName());
        }
        setLogging(portico);
    }

    public String getPublicBaseUrl() {
        return publicBaseUrl;
    }

    public DatabaseConfig getDatabase() {
        return database;
    }

    public RedisConfig getRedis() {
        return redis;
    }

    @ValidationMethod(message = "database.type postgresql needs redis.url: instances that share a database must "
            + "share rate limits, cache invalidations and stream seats through Redis")
    @JsonIgnore
    public boolean isRedisGivenForPostgresql() {
        return database == null || redis == null || database.getType() != DatabaseConfig.Type.postgresql
                || redis.getUrl().isPresent();
    }

    @ValidationMethod(message = "redis.url needs database.type postgresql: SQLite and memory serve one instance")
    @JsonIgnore
    public boolean isRedisOnlyWithPostgresql() {
        return database == null || redis == null || redis.getUrl().isEmpty()
                || database.getType() == DatabaseConfig.Type.postgresql;
    }

    @ValidationMethod(message = "rateLimiter.type redis needs redis.url")
    @JsonIgnore
    public boolean isRedisGivenForTheRateLimiter() {
        return rateLimiter == null || redis == null || rateLimiter.typeFor(redis) != RateLimiterConfig.Type.redis
                || redis.getUrl().isPresent();
    }

    @ValidationMethod(message = "database.type postgresql needs rateLimiter.type redis: limits must not count per instance")
    @JsonIgnore
    public boolean isRateLimiterSharedOnPostgresql() {
        return rateLimiter == null || redis == null || database == null || redis.getUrl().isEmpty()
                || database.getType() != DatabaseConfig.Type.postgresql
                || rateLimiter.typeFor(redis) == RateLimiterConfig.Type.redis;
    }

    public JwtConfig getJwt() {
        return jwt;
    }

    public PasswordsConfig getPasswords() {
        return passwords;
    }

    public RateLimitsConfig getRateLimits() {
        return rateLimits;
    }

    public RateLimiterConfig getRateLimiter() {
        return rateLimiter;
    }

    public LinksConfig getLinks() {
        return links;
    }

    public VisitsConfig getVisits() {
        return visits;
    }

    public QuoteFeedConfig getQuoteFeed() {
        return quoteFeed;
    }

    public SnapshotsConfig getSnapshots() {
        return snapshots;
    }

    public DeprecationConfig getDeprecation() {
        return deprecation;
    }

    public StreamConfig getStream() {
        return stream;
    }

    public CorsConfig getCors() {
        return cors;
    }

    public HttpConfig getHttp() {
        return http;
    }
}
