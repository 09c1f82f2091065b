package dev.portico.bootstrap.quote;

import dev.portico.adapters.quotefeed.counting.CountingQuoteFeed;
import dev.portico.adapters.quotefeed.finnhub.FinnhubQuoteFeed;
import dev.portico.adapters.quotefeed.resilient.ResilienceSettings;
import dev.portico.adapters.quotefeed.resilient.ResilientQuoteFeed;
import dev.portico.adapters.quotefeed.simulated.SimulatedQuoteFeed;
import dev.portico.application.quote.port.QuoteFeed;
import dev.portico.bootstrap.StartupRefusedException;
import dev.portico.bootstrap.config.QuoteFeedConfig;
import java.net.URI;
import dev.portico.domain.quote.MarketCalendar;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

/**
 * The configured quote feed. A remote feed sits behind the cache, limiter, retries and circuit breaker;
 * the simulated market is computed in-process, so it has no upstream to protect and nothing to go stale,
 * and caching it would only hide its ticks.
 */
public final class QuoteFeeds {

    public static final String FINNHUB_KEY = "FINNHUB_API_KEY";

    private QuoteFeeds() {
    }

    /**
     * The protected feed, and the count of calls that reached the raw feed (for the admin metrics); closing
     * it at shutdown stops the threads the feed's calls run on, if it has any.
     */
    public record Opened(QuoteFeed feed, CountingQuoteFeed upstream) implements AutoCloseable {

        @Override
        public void close() throws Exception {
            if (feed instanceof AutoCloseable resources) {
                resources.close();
            }
        }
    }

    public static Opened open(QuoteFeedConfig config, Map<String, String> environment, Clock clock,
            MarketCalendar calendar) {
        return switch (config.getType()) {
            case simulated -> {
                CountingQuoteFeed upstream = new CountingQuoteFeed(new SimulatedQuoteFeed(config.getSeed(), clock,
                        calendar, config.getSimulated().getTicksPerSecond()));
                yield new Opened(upstream, upstream);
            }
            case finnhub -> {
                CountingQuoteFeed upstream = new CountingQuoteFeed(new FinnhubQuoteFeed(
                        URI.create(config.getFinnhub().getBaseUrl()), finnhubKey(environment),
                        config.getFinnhub().getRequestTimeout().toJavaDuration(), clock));
                yield new Opened(new ResilientQuoteFeed(upstream, settings(config), clock), upstream);
            }
        };
    }

    /** When the configured market trades: a real exchange keeps exchange hours; the simulated one as configured. */
    public static MarketCalendar calendar(QuoteFeedConfig config, ZoneId zone) {
        boolean continuous = config.getType() == QuoteFeedConfig.Type.simulated
                && config.getSimulated().getHours() == QuoteFeedConfig.Simulated.Hours.continuous;
        return continuous ? MarketCalendar.continuous(zone) : MarketCalendar.exchange(zone);
    }

    private static String finnhubKey(Map<String, String> environment) {
        String key = environment.get(FINNHUB_KEY);
        if (key == null || key.isBlank()) {
            throw new StartupRefusedException("quoteFeed.type is finnhub but " + FINNHUB_KEY + " is not set");
        }
        return key.strip();
    }

    private static ResilienceSettings settings(QuoteFeedConfig config) {
        ResilienceSettings defaults = ResilienceSettings.defaults();
        ResilienceSettings.CircuitSettings circuit = defaults.circuit();
        return new ResilienceSettings(config.getCacheTtl().toJavaDuration(), config.getMaxStaleAge().toJavaDuration(),
                config.getCallTimeout().toJavaDuration(), config.getMaxRetries(), defaults.retryBackoff(),
                config.getCallsPerSecond(), defaults.permitWait(),
                new ResilienceSettings.CircuitSettings(circuit.failureRateThreshold(), circuit.slidingWindowSize(),
                        circuit.minimumNumberOfCalls(), config.getCircuitOpenFor().toJavaDuration(),
                        circuit.permittedCallsInHalfOpen()));
    }
}
