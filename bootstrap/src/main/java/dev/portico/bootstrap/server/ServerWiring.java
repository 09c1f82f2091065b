package dev.portico.bootstrap.server;

import dev.portico.bootstrap.logging.PorticoLoggingFactory;
import dev.portico.bootstrap.logging.RequestLogStatus;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jetty.HttpConnectorFactory;
import java.util.Set;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's own habits, set before anything is registered: the logging format reaches the request
 * log, the framework's error pages and method list give way to ours, encoded slashes are allowed, and
 * a stop says what it is about to do.
 */
public final class ServerWiring {

    private static final Logger LOG = LoggerFactory.getLogger(ServerWiring.class);

    private static final Set<String> HTTP_METHODS =
            Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE");

    private ServerWiring() {
    }

    public static void prepare(ServerFactory server, PorticoLoggingFactory logging, Environment environment) {
        logging.applyTo(server);
        RequestLogStatus.reportOnlyProblems(environment.lifecycle());
        announceShutdown(server, environment);
        takeOverFrameworkErrors(server);
        allowEncodedSlashes(server, environment);
    }

    /**
     * Says what a stop (SIGTERM included) does, as it starts: Jetty refuses new connections and
     * requests, waits up to {@code server.shutdownGracePeriod} for those in flight, then the managed
     * objects stop, the visit queue's final flush among them.
     */
    private static void announceShutdown(ServerFactory factory, Environment environment) {
        String grace = factory instanceof AbstractServerFactory server
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

    private static void takeOverFrameworkErrors(ServerFactory factory) {
        if (factory instanceof AbstractServerFactory server) {
            server.setRegisterDefaultExceptionMappers(false);
            server.setAllowedMethods(HTTP_METHODS);
        }
    }

    /**
     * v2 symbols may be written {@code BRK%2FB}; Jetty refuses an encoded '/' in a path unless told
     * that this is intended. Servlet mappings still see the decoded path, so path-based filters hold.
     */
    private static void allowEncodedSlashes(ServerFactory factory, Environment environment) {
        if (factory instanceof DefaultServerFactory server) {
            server.getApplicationConnectors().stream()
                    .filter(HttpConnectorFactory.class::isInstance)
                    .map(HttpConnectorFactory.class::cast)
                    .forEach(connector -> connector.setUriCompliance(UriCompliance.DEFAULT.with(
                            "portico-share-class-symbols", UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR)));
        }
        environment.getApplicationContext().getServletHandler().setDecodeAmbiguousURIs(true);
    }
}
