package dev.portico.bootstrap.quote;

import dev.portico.adapters.rest.quote.DeprecationHeaders;
import dev.portico.adapters.rest.quote.QuoteV1Resource;
import dev.portico.adapters.rest.quote.QuoteV2Resource;
import dev.portico.adapters.rest.quote.SnapshotV1Resource;
import dev.portico.application.quote.CaptureDailySnapshots;
import dev.portico.application.quote.GetQuote;
import dev.portico.application.quote.GetQuotes;
import dev.portico.application.quote.GetSnapshot;
import dev.portico.application.quote.SnapshotHistory;
import dev.portico.application.quote.port.QuoteFeed;
import dev.portico.application.quote.port.SnapshotStore;
import dev.portico.bootstrap.config.DeprecationConfig;
import dev.portico.bootstrap.config.QuoteFeedConfig;
import dev.portico.bootstrap.config.SnapshotsConfig;
import dev.portico.bootstrap.lifecycle.BackgroundJobs;
import dev.portico.bootstrap.lifecycle.Closing;
import dev.portico.bootstrap.metrics.FeedCircuitGauge;
import dev.portico.domain.quote.MarketCalendar;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Market data: the configured feed and its metrics, the v1 and v2 quote and snapshot resources with
 * v1's deprecation headers, and the daily capture of the tracked symbols.
 */
public final class QuoteWiring {

    /** Every instance runs the capture at the same minute; one claim covers that day's run. */
    static final Duration CAPTURE_CLAIM = Duration.ofHours(1);

    private QuoteWiring() {
    }

    /** The feed every market feature reads, and the calendar of the market it prices. */
    public record Market(QuoteFeed feed, MarketCalendar calendar) {
    }

    /** Opens the configured feed, closed when the server stops, and registers its gauges: calls that reached the raw feed, and the circuit. */
    public static Market openFeed(QuoteFeedConfig config, SnapshotsConfig snapshots, Map<String, String> environmentVariables,
            Environment environment, Clock clock) {
        MarketCalendar calendar = QuoteFeeds.calendar(config, snapshots.getZone());
        QuoteFeeds.Opened opened = QuoteFeeds.open(config, environmentVariables, clock, calendar);
        environment.lifecycle().manage(Closing.of(opened));
        environment.metrics().registerGauge("quote.feed.upstream.calls", opened.upstream()::calls);
        environment.metrics().registerGauge(FeedCircuitGauge.NAME, new FeedCircuitGauge(opened.feed()));
        return new Market(opened.feed(), calendar);
    }

    public static void install(DeprecationConfig deprecation, SnapshotsConfig snapshots, Market market,
            SnapshotStore store, Environment environment, Clock clock, BackgroundJobs jobs) {
        DeprecationConfig.Window v1 = deprecation.getV1();
        QuoteFeed feed = market.feed();
        GetQuote getQuote = new GetQuote(feed);
        GetSnapshot getSnapshot = new GetSnapshot(feed, store, clock, market.calendar());
        JerseyEnvironment jersey = environment.jersey();
        jersey.register(new DeprecationHeaders(v1.getDeprecatedAt(), v1.getSunsetAt()));
        jersey.register(new QuoteV1Resource(getQuote));
        jersey.register(new SnapshotV1Resource(getSnapshot, new SnapshotHistory(store, clock, market.calendar())));
        jersey.register(new QuoteV2Resource(getQuote, new GetQuotes(feed), getSnapshot));

        DailyCapture capture = new DailyCapture(new CaptureDailySnapshots(feed, store, snapshots.trackedSymbols(), clock,
                market.calendar()), clock, market.calendar(), snapshots.getCaptureAt());
        jobs.after("snapshot-capture", capture::untilNextRun, "Capturing daily snapshots",
                jobs.onceInCluster("snapshot-capture", CAPTURE_CLAIM, capture::run));
    }
}
