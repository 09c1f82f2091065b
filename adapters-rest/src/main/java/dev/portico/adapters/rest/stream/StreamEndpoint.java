package dev.portico.adapters.rest.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.adapters.rest.requestid.RequestIds;
import dev.portico.application.auth.AccessSession;
import dev.portico.application.auth.AuthenticateAccessToken;
import dev.portico.application.stream.StreamHub;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.websocket.server.JettyServerUpgradeRequest;
import org.eclipse.jetty.ee10.websocket.server.JettyWebSocketServlet;
import org.eclipse.jetty.ee10.websocket.server.JettyWebSocketServletFactory;
import org.eclipse.jetty.ee10.websocket.server.config.JettyWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/v1/stream}: live quotes over WebSocket, on the application port. The upgrade is a
 * servlet, so every servlet filter (request id, security headers, the refusal of tokens in the
 * URL) runs before it; one timer sweeps every connection for deadlines, lag and pings.
 */
public final class StreamEndpoint {

    public static final String PATH = "/api/v1/stream";
    private static final Logger LOG = LoggerFactory.getLogger(StreamEndpoint.class);
    /** How often {@link #sweep()} should run: each socket's liveness is judged at this grain. */
    public static final Duration SWEEP_INTERVAL = Duration.ofMillis(100);
    private static final long SHUTDOWN_WAIT_MILLIS = 2_000;

    private final StreamHub hub;
    private final AuthenticateAccessToken auth;
    private final StreamSettings settings;
    private final StreamMessages messages;
    private final ClientCommandParser parser;
    private final Clock clock;
    private final Set<StreamSocket> sockets = ConcurrentHashMap.newKeySet();

    private StreamEndpoint(StreamHub hub, AuthenticateAccessToken auth, StreamSettings settings, ObjectMapper json,
            Clock clock) {
        this.hub = hub;
        this.auth = auth;
        this.settings = settings;
        this.messages = new StreamMessages(json);
        this.parser = new ClientCommandParser(json);
        this.clock = clock;
    }

    /** Maps the endpoint and closes every connection with 1001 when the server stops; the caller schedules {@link #sweep()}. */
    public static StreamEndpoint install(Environment environment, StreamHub hub, AuthenticateAccessToken auth,
            StreamSettings settings, ObjectMapper json, Clock clock) {
        StreamEndpoint endpoint = new StreamEndpoint(hub, auth, settings, json, clock);
        JettyWebSocketServletContainerInitializer.configure(environment.getApplicationContext(), (context, container) -> {
        });
        environment.servlets().addServlet("stream", endpoint.new Upgrade()).addMapping(PATH);
        environment.lifecycle().addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStopping(LifeCycle event) {
                if (event instanceof Server) {
                    endpoint.shutdown();
                }
            }
        });
        return endpoint;
    }

    /** Open connections, authenticated or not. */
    public int connections() {
        return sockets.size();
    }

    StreamHub hub() {
        return hub;
    }

    StreamSettings settings() {
        return settings;
    }

    StreamMessages messages() {
        return messages;
    }

    ClientCommandParser parser() {
        return parser;
    }

    Optional<AccessSession> verify(String token) {
        return auth.authenticateSession(token).filter(session -> session.expiresAt().isAfter(clock.instant()));
    }

    void opened(StreamSocket socket) {
        sockets.add(socket);
    }

    void closed(StreamSocket socket) {
        sockets.remove(socket);
    }

    /** Lets every open socket act on the time: deadlines, expiry, lag and pings. Run every {@link #SWEEP_INTERVAL}. */
    public void sweep() {
        long nowNanos = System.nanoTime();
        Instant now = clock.instant();
        for (StreamSocket socket : sockets) {
            try {
                socket.sweep(nowNanos, now);
            } catch (RuntimeException failed) {
                LOG.warn("Stream housekeeping failed for connection {}", socket.requestId(), failed);
            }
        }
    }

    private void shutdown() {
        for (StreamSocket socket : sockets) {
            socket.shutdown();
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SHUTDOWN_WAIT_MILLIS);
        while (!sockets.isEmpty() && System.nanoTime() < deadline) {
            sweep();
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The upgrade servlet: one {@link StreamSocket} per accepted upgrade. */
    private final class Upgrade extends JettyWebSocketServlet {

        @Override
        protected void configure(JettyWebSocketServletFactory factory) {
            factory.setIdleTimeout(settings.idleTimeout());
            factory.setMaxTextMessageSize(settings.maxMessageBytes());
            factory.setMaxBinaryMessageSize(settings.maxMessageBytes());
            factory.setCreator((request, response) -> new StreamSocket(StreamEndpoint.this, requestId(request),
                    BearerHeader.token(request.getHeader("Authorization"))));
        }

        private String requestId(JettyServerUpgradeRequest request) {
            Object id = request.getHttpServletRequest().getAttribute(RequestIds.ATTRIBUTE);
            return id != null ? id.toString() : RequestIds.generate();
        }
    }
}
