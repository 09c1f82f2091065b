package dev.portico.bootstrap.stream;

import dev.portico.adapters.quotefeed.stream.PollingQuoteStream;
import dev.portico.adapters.rest.stream.StreamEndpoint;
import dev.portico.adapters.rest.stream.StreamSettings;
import dev.portico.application.auth.AuthenticateAccessToken;
import dev.portico.application.quote.port.QuoteFeed;
import dev.portico.application.stream.StreamHub;
import dev.portico.application.stream.StreamLimits;
import dev.portico.application.stream.port.QuoteStream;
import dev.portico.bootstrap.cluster.Cluster;
import dev.portico.bootstrap.config.StreamConfig;
import dev.portico.bootstrap.lifecycle.BackgroundJobs;
import dev.portico.bootstrap.lifecycle.Closing;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;

/** Live quotes: the polling upstream, the hub that fans it out within the limits, and the WebSocket endpoint. */
public final class StreamWiring {

    /** The contract's fixed limit (section 7): at most 50 symbols per connection. */
    static final int SYMBOLS_PER_CONNECTION = 50;

    private StreamWiring() {
    }

    /**
     * In a cluster the polling stream runs only on the instance the relay elects, and every instance's
     * hub reads the relay, so that upstream calls do not grow with instances and seq is the same on all.
     */
    public static void install(StreamConfig config, Environment environment, QuoteFeed feed, Cluster cluster,
            AuthenticateAccessToken authenticate, Clock clock, BackgroundJobs jobs) {
        PollingQuoteStream polling = new PollingQuoteStream(feed, config.getPollInterval().toJavaDuration());
        environment.lifecycle().manage(Closing.of(polling));
        QuoteStream upstream = cluster.quotes().apply(polling);
        StreamHub hub = new StreamHub(upstream, feed, new StreamLimits(SYMBOLS_PER_CONNECTION,
                config.getMaxConnectionsPerUser(), config.getMaxConnections()), cluster.streamSeats());
        environment.metrics().registerGauge("stream.connections", hub::connections);
        StreamEndpoint endpoint = StreamEndpoint.install(environment, hub, authenticate, settings(config),
                environment.getObjectMapper(), clock);
        jobs.every("stream-sweep", StreamEndpoint.SWEEP_INTERVAL, "Sweeping stream connections", endpoint::sweep);
    }

    private static StreamSettings settings(StreamConfig config) {
        return new StreamSettings(config.getPingInterval().toJavaDuration(), config.getIdleTimeout().toJavaDuration(),
                config.getAuthTimeout().toJavaDuration(), config.getExpiryGrace().toJavaDuration(),
                config.getLagWarning().toJavaDuration(), config.getLagClose().toJavaDuration(),
                (int) config.getMaxMessageSize().toBytes(), config.getMaxBadMessages());
    }
}
