package dev.portico.bootstrap.auth;

import dev.portico.adapters.rest.auth.AdminUsersResource;
import dev.portico.adapters.rest.auth.AuthHttp;
import dev.portico.adapters.rest.auth.LoginResource;
import dev.portico.adapters.rest.auth.LogoutAllResource;
import dev.portico.adapters.rest.auth.LogoutResource;
import dev.portico.adapters.rest.auth.MeResource;
import dev.portico.adapters.rest.auth.PasswordRouteGate;
import dev.portico.adapters.rest.auth.RefreshCookie;
import dev.portico.adapters.rest.auth.RefreshResource;
import dev.portico.adapters.rest.auth.RegisterResource;
import dev.portico.adapters.rest.filter.CorsPolicy;
import dev.portico.adapters.security.token.JjwtTokenCodec;
import dev.portico.application.auth.AuthenticateAccessToken;
import dev.portico.application.auth.Login;
import dev.portico.application.auth.Logout;
import dev.portico.application.auth.LogoutAll;
import dev.portico.application.auth.PurgeExpiredTokenFamilies;
import dev.portico.application.auth.RotateRefreshToken;
import dev.portico.application.auth.TokenSettings;
import dev.portico.application.auth.port.TokenCodec;
import dev.portico.application.auth.support.TokenMint;
import dev.portico.application.auth.support.TokensNotBefore;
import dev.portico.application.user.CurrentUser;
import dev.portico.application.user.ListUsers;
import dev.portico.application.user.RegisterUser;
import dev.portico.application.user.support.PasswordHashing;
import dev.portico.bootstrap.cluster.Cluster;
import dev.portico.bootstrap.config.CorsConfig;
import dev.portico.bootstrap.config.HttpConfig;
import dev.portico.bootstrap.config.JwtConfig;
import dev.portico.bootstrap.config.PasswordsConfig;
import dev.portico.bootstrap.http.HttpWiring;
import dev.portico.bootstrap.lifecycle.BackgroundJobs;
import dev.portico.bootstrap.lifecycle.Closing;
import dev.portico.bootstrap.ratelimit.Quotas;
import dev.portico.bootstrap.security.Passwords;
import dev.portico.bootstrap.storage.Storage;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import java.time.Clock;
import java.time.Duration;

/**
 * Users and tokens: the JWT codec and password hashing under the account use cases, their resources,
 * the bearer-token filter every other feature relies on, and the hourly purge of expired token families.
 */
public final class AuthWiring {

    static final Duration PURGE_FIRST_RUN = Duration.ofMinutes(1);
    static final Duration PURGE_INTERVAL = Duration.ofHours(1);
    /** Shorter than the interval, so the next hour's run is claimed afresh. */
    static final Duration PURGE_CLAIM = Duration.ofMinutes(50);
    /** In a cluster, the safety net for a cutoff whose event was lost: each instance reloads them this often. */
    static final Duration NOT_BEFORE_RELOAD = Duration.ofSeconds(10);

    /** The admin gauge of password hashes running or queued. */
    static final String HASHING_PENDING = "passwords.hashing.pending";
    /** The admin gauge of login and register requests let in by the gate and not answered yet. */
    static final String HASHING_ADMITTED = "passwords.hashing.admitted";
    /** The rate limit policy of login and register, per client address. */
    static final String AUTH_POLICY = "auth";

    private AuthWiring() {
    }

    /** Registers the account resources and the auth filter; returns the access-token check the stream needs too. */
    public static AuthenticateAccessToken install(JwtConfig jwt, PasswordHashing hashing, byte[] secret,
            Environment environment, Storage storage, Cluster cluster, Clock clock, BackgroundJobs jobs) {
        TokenSettings settings = jwt.tokenSettings();
        TokenCodec codec = new JjwtTokenCodec(secret, jwt.getIssuer(), jwt.getAudience(), jwt.getClockSkew(), clock);
        TokensNotBefore notBefore = new TokensNotBefore(storage.users(), clock, settings, cluster.events());
        if (cluster.shared()) {
            jobs.every("not-before-reload", NOT_BEFORE_RELOAD, "Reloading access-token cutoffs",
                    notBefore::mayHaveMissedEvents);
        }
        TokenMint mint = new TokenMint(codec, notBefore, settings);
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
        jobs.every("token-purge", PURGE_FIRST_RUN, PURGE_INTERVAL, "Purging expired refresh token families",
                jobs.onceInCluster("token-purge", PURGE_CLAIM, purge::purge));
        return authenticate;
    }

    /** The bounded pool every password check and new password goes through, with its gauge; closed on stop. */
    public static PasswordHashing hashing(PasswordsConfig passwords, Environment environment) {
        PasswordHashing hashing = Passwords.hashing(passwords);
        environment.lifecycle().manage(Closing.of(hashing));
        environment.metrics().registerGauge(HASHING_PENDING, hashing::pending);
        environment.metrics().registerGauge(HASHING_ADMITTED, hashing::admitted);
        return hashing;
    }

    /** Refuses floods of login and register in front of the servlet chain; see {@link PasswordRouteGate}. */
    public static void gatePasswordRoutes(PasswordHashing hashing, Quotas quotas, HttpConfig http, CorsConfig cors,
            Environment environment) {
        PasswordRouteGate.install(environment, new PasswordRouteGate.Settings(quotas.consumeQuota(),
                quotas.rules().policy(AUTH_POLICY), quotas.rules().trustedProxies(), hashing,
                HttpWiring.securityHeaders(http), new CorsPolicy(cors.getAllowedOrigins()), http.getMaxBodySize().toBytes()));
    }
}
