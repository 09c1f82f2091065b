package dev.portico.adapters.rest.http;

import dev.portico.adapters.rest.error.ConstraintViolationExceptionMapper;
import dev.portico.adapters.rest.error.DomainExceptionMapper;
import dev.portico.adapters.rest.error.EnvelopeErrorHandler;
import dev.portico.adapters.rest.error.JsonProcessingExceptionMapper;
import dev.portico.adapters.rest.error.UnhandledExceptionMapper;
import dev.portico.adapters.rest.error.WebApplicationExceptionMapper;
import dev.portico.adapters.rest.filter.BodySizeLimitFilter;
import dev.portico.adapters.rest.filter.CorsFilter;
import dev.portico.adapters.rest.filter.CorsPolicy;
import dev.portico.adapters.rest.filter.JsonCharsetFilter;
import dev.portico.adapters.rest.filter.MediaTypeNegotiation;
import dev.portico.adapters.rest.filter.OptionsNoContentFilter;
import dev.portico.adapters.rest.filter.TokenInUrlFilter;
import dev.portico.adapters.rest.filter.UnreadBodyFilter;
import dev.portico.adapters.rest.headers.SecurityHeaders;
import dev.portico.adapters.rest.headers.SecurityHeadersFilter;
import dev.portico.adapters.rest.json.StrictJson;
import dev.portico.adapters.rest.requestid.RequestIdFilter;
import dev.portico.adapters.rest.requestid.RequestIds;
import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.util.EnumSet;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Installs what every request goes through, in order: request id, security headers, CORS, body
 * limit, tokens-in-URL refusal; then Jersey's strict JSON, media-type judging and one family of
 * exception mappers; and Jetty error pages in the same envelope for whatever never reaches Jersey.
 */
public final class HttpPlatform {

    private HttpPlatform() {
    }

    public static void install(Environment environment, HttpPlatformSettings settings) {
        SecurityHeaders securityHeaders = new SecurityHeaders(settings.behindHttps(), settings.hstsMaxAgeSeconds());

        addFilter(environment, "request-id", new RequestIdFilter(), "/*");
        addFilter(environment, "security-headers", new SecurityHeadersFilter(securityHeaders), "/*");
        addFilter(environment, "cors", new CorsFilter(new CorsPolicy(settings.allowedOrigins())), "/*");
        addFilter(environment, "body-size-limit", new BodySizeLimitFilter(settings.maxBodyBytes()), "/*");
        addFilter(environment, "token-in-url", new TokenInUrlFilter(), "/api/*");

        StrictJson.configure(environment.getObjectMapper());
        environment.jersey().property(ServerProperties.WADL_FEATURE_DISABLE, true);
        environment.jersey().property(ServerProperties.LOCATION_HEADER_RELATIVE_URI_RESOLUTION_DISABLED, true);
        environment.jersey().register(new MediaTypeNegotiation.Defer());
        environment.jersey().register(MediaTypeNegotiation.Judge.class);
        environment.jersey().register(new JsonCharsetFilter());
        environment.jersey().register(new OptionsNoContentFilter());
        environment.jersey().register(new UnreadBodyFilter());
        environment.jersey().register(new DomainExceptionMapper());
        environment.jersey().register(new WebApplicationExceptionMapper());
        environment.jersey().register(new JsonProcessingExceptionMapper());
        environment.jersey().register(new ConstraintViolationExceptionMapper());
        environment.jersey().register(new UnhandledExceptionMapper());

        EnvelopeErrorHandler errorPages = new EnvelopeErrorHandler(securityHeaders);
        environment.getApplicationContext().setErrorHandler(errorPages);
        environment.lifecycle().addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                if (event instanceof Server server) {
                    server.setErrorHandler(errorPages);
                }
            }
        });
    }

    private static void addFilter(Environment environment, String name, Filter filter, String path) {
        environment.servlets().addFilter(name, filter)
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, path);
    }
}
