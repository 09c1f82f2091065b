package dev.portico.bootstrap.link;

import com.codahale.metrics.MetricRegistry;
import dev.portico.adapters.persistence.cache.CachingLinkStore;
import dev.portico.adapters.rest.headers.SecurityHeaders;
import dev.portico.adapters.rest.link.LinkResource;
import dev.portico.adapters.rest.link.LinkStatsResource;
import dev.portico.adapters.rest.link.ListLinksResource;
import dev.portico.adapters.rest.link.RedirectHandler;
import dev.portico.adapters.rest.link.RedirectMethodsServlet;
import dev.portico.adapters.rest.link.ShortenResource;
import dev.portico.application.link.DeleteLink;
import dev.portico.application.link.ForgetIdempotencyKeys;
import dev.portico.application.link.GetLink;
import dev.portico.application.link.LinkSettings;
import dev.portico.application.link.LinkStats;
import dev.portico.application.link.ListLinks;
import dev.portico.application.link.ResolveLink;
import dev.portico.application.link.ShortenLink;
import dev.portico.application.link.UpdateLink;
import dev.portico.application.link.port.VisitLimits;
import dev.portico.application.link.support.AnnouncedLinkWriter;
import dev.portico.application.link.support.LiveVisitCounts;
import dev.portico.application.link.support.VisitQueue;
import dev.portico.bootstrap.cluster.Cluster;
import dev.portico.bootstrap.config.LinksConfig;
import dev.portico.bootstrap.config.VisitsConfig;
import dev.portico.bootstrap.lifecycle.BackgroundJobs;
import dev.portico.bootstrap.storage.Storage;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Short links: the redirect cache in front of the store, the visit queue and its flusher, the link
 * resources, the redirect handler in front of the servlet chain, and the hourly forgetting of old
 * idempotency keys.
 */
public final class LinkWiring {

    private static final Logger LOG = LoggerFactory.getLogger(LinkWiring.class);

    /** Codes that resolved to nothing, remembered briefly so a scan of random codes does not reach the store. */
    static final long UNKNOWN_CODES = 100_000;
    static final Duration UNKNOWN_CODE_TTL = Duration.ofSeconds(5);
    static final Duration FORGET_FIRST_RUN = Duration.ofMinutes(1);
    static final Duration FORGET_INTERVAL = Duration.ofHours(1);
    static final Duration FORGET_CLAIM = Duration.ofMinutes(50);
    static final Duration SHARED_LINK_TTL = Duration.ofSeconds(30);

    private LinkWiring() {
    }

    public static void install(String publicBaseUrl, LinksConfig config, VisitsConfig visitsConfig,
            SecurityHeaders securityHeaders, Environment environment, Storage storage, Cluster cluster, Clock clock,
            BackgroundJobs jobs) {
        LinkSettings settings = new LinkSettings(publicBaseUrl, config.isAllowPrivateTargets(), config.getRedirectStatus());
        CachingLinkStore links = cache(storage, config, cluster);
        cluster.events().subscribe(links);
        // A cluster's caches remember no unknown codes (see cache()), so creations need not be announced.
        AnnouncedLinkWriter writer = new AnnouncedLinkWriter(links, cluster.events(), !cluster.shared());
        environment.metrics().registerGauge("links.unannounced", writer::unannounced);
        VisitQueue visits = new VisitQueue(storage.visits(), visitsConfig.getQueueCapacity(), visitsConfig.getBatchSize());
        VisitLimits visitLimits = storage.sharedVisitLimits().orElseGet(() -> new LiveVisitCounts(visits));
        scheduleVisitFlush(environment, jobs, visits, visitsConfig.getFlushInterval().toJavaDuration());
        registerVisitMetrics(environment.metrics(), visits);

        JerseyEnvironment jersey = environment.jersey();
        jersey.register(new ShortenResource(new ShortenLink(writer, storage.links(), settings, clock), settings));
        jersey.register(new ListLinksResource(new ListLinks(storage.links()), settings));
        jersey.register(new LinkResource(new GetLink(links, storage.visits()),
                new UpdateLink(links, writer, storage.visits(), settings, clock),
                new DeleteLink(links, writer, visitLimits), settings));
        jersey.register(new LinkStatsResource(new LinkStats(links, storage.visits(), clock)));
        ResolveLink resolveLink = new ResolveLink(links, visits, visitLimits, clock);
        RedirectHandler.install(environment, resolveLink, securityHeaders);
        environment.servlets().addServlet("redirect", new RedirectMethodsServlet()).addMapping("/s/*");

        ForgetIdempotencyKeys forget = new ForgetIdempotencyKeys(storage.links(), clock);
        jobs.every("idempotency-purge", FORGET_FIRST_RUN, FORGET_INTERVAL, "Forgetting old idempotency keys",
                jobs.onceInCluster("idempotency-purge", FORGET_CLAIM, forget::forget));
    }

    /**
     * The redirect cache. In a cluster it remembers no unknown codes (a code created on another
     * instance must resolve here at once), and keeps a link at most {@link #SHARED_LINK_TTL}: the bound
     * on staleness should an invalidation event be lost; events make it at once otherwise.
     */
    private static CachingLinkStore cache(Storage storage, LinksConfig config, Cluster cluster) {
        if (!cluster.shared()) {
            return new CachingLinkStore(storage.links(), config.getCacheSize(), UNKNOWN_CODES, UNKNOWN_CODE_TTL);
        }
        return new CachingLinkStore(storage.links(), config.getCacheSize(), SHARED_LINK_TTL, UNKNOWN_CODES, Duration.ZERO,
                System::nanoTime);
    }

    /**
     * Flushes the visit queue on a schedule, and once more when the server stops: Dropwizard stops
     * managed objects after the connectors, so no redirect can queue a visit after that last flush.
     */
    private static void scheduleVisitFlush(Environment environment, BackgroundJobs jobs, VisitQueue visits,
            Duration interval) {
        jobs.every("visit-flush", interval, "Writing queued visits", visits::flush);
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                LOG.info("Wrote the last {} queued visits", visits.flush());
            }
        });
    }

    private static void registerVisitMetrics(MetricRegistry metrics, VisitQueue visits) {
        metrics.registerGauge("visits.queued", visits::queued);
        metrics.registerGauge("visits.dropped", visits::dropped);
        metrics.registerGauge("visits.failed", visits::failed);
        metrics.registerGauge("visits.held", visits::held);
        metrics.registerGauge("visits.written", visits::written);
    }
}
