package dev.portico.bootstrap.http;

import dev.portico.adapters.rest.http.HttpPlatform;
import dev.portico.adapters.rest.http.HttpPlatformSettings;
import dev.portico.adapters.rest.headers.SecurityHeaders;
import dev.portico.bootstrap.config.CorsConfig;
import dev.portico.bootstrap.config.HttpConfig;
import io.dropwizard.core.setup.Environment;

/** What every request passes through: request ids, body limit, CORS, security headers, the error envelope. */
public final class HttpWiring {

    private HttpWiring() {
    }

    public static void install(HttpConfig http, CorsConfig cors, Environment environment) {
        HttpPlatform.install(environment, new HttpPlatformSettings(http.getMaxBodySize().toBytes(),
                cors.getAllowedOrigins(), http.isBehindHttps(), http.getHstsMaxAge().toSeconds()));
    }

    /** The same headers for the redirect handler, which answers in front of the servlet filters. */
    public static SecurityHeaders securityHeaders(HttpConfig http) {
        return new SecurityHeaders(http.isBehindHttps(), http.getHstsMaxAge().toSeconds());
    }
}
