package dev.portico.application.link;

import dev.portico.application.auth.Authenticated;
import dev.portico.application.link.support.LiveVisitCounts;
import dev.portico.application.link.support.VisitQueue;
import dev.portico.application.support.FakeLinkStore;
import dev.portico.application.support.FakeVisitLog;
import dev.portico.application.support.MutableClock;
import dev.portico.domain.link.Link;
import dev.portico.domain.link.NewLink;
import dev.portico.domain.link.RedirectStatus;
import dev.portico.domain.link.ShortCode;
import dev.portico.domain.link.TargetUrl;
import dev.portico.domain.link.Visit;
import dev.portico.domain.user.Role;
import dev.portico.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The link use cases wired to fakes: a service at {@code https://sho.rt} redirecting with 302 by
 * default, a visit queue of 1,000 written in batches of 10, and a clock a quarter second into a
 * whole second. Alice and Bob are users, Ada an admin.
 */
final class LinkFixture {

    static final Instant START = Instant.parse("2026-03-02T14:30:00.250Z");
    static final String BASE = "https://sho.rt";
    static final Authenticated ALICE = new Authenticated(new UserId(1), Role.USER);
    static final Authenticated BOB = new Authenticated(new UserId(2), Role.USER);
    static final Authenticated ADA = new Authenticated(new UserId(3), Role.ADMIN);

    final MutableClock clock = new MutableClock(START);
    final LinkSettings settings;
    final FakeLinkStore links = new FakeLinkStore();
    final FakeVisitLog log = new FakeVisitLog(links);
    final VisitQueue queue;
    final LiveVisitCounts liveCounts;
    final ShortenLink shorten;
    final ResolveLink resolve;
    final UpdateLink update;
    final ListLinks list;
    final DeleteLink delete;
    final GetLink get;
    final LinkStats stats;
    final ForgetIdempotencyKeys forgetKeys;

    LinkFixture() {
        this(RedirectStatus.FOUND, 1_000, 10);
    }

    LinkFixture(RedirectStatus defaultStatus, int queueCapacity, int batchSize) {
        settings = new LinkSettings(BASE, false, defaultStatus);
        queue = new VisitQueue(log, queueCapacity, batchSize);
        liveCounts = new LiveVisitCounts(queue);
        shorten = new ShortenLink(links, links, settings, clock);
        resolve = new ResolveLink(links, queue, liveCounts, clock);
        update = new UpdateLink(links, links, log, settings, clock);
        list = new ListLinks(links);
        delete = new DeleteLink(links, links, liveCounts);
        get = new GetLink(links, log);
        stats = new LinkStats(links, log, clock);
        forgetKeys = new ForgetIdempotencyKeys(links, clock);
    }

    /** A link stored directly, created now, to https://example.com/{code}. */
    Link link(Authenticated owner, String code, Duration expiresIn, Long maxVisits) {
        return links.add(new NewLink(new ShortCode(code), owner.userId(), new TargetUrl("https://example.com/" + code),
                clock.instant(), expiresIn, maxVisits, RedirectStatus.TEMPORARY_REDIRECT));
    }

    Link link(Authenticated owner, String code) {
        return link(owner, code, null, null);
    }

    /** Visits already in the log for the link, as if flushed earlier. */
    void logged(Link link, int count) {
        log.append(java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> new Visit(link.id(), clock.instant(), null, null)).toList());
    }

    static Visit visit(Link link, String userAgent) {
        return new Visit(link.id(), START, null, userAgent);
    }

    static List<String> agents(List<Visit> visits) {
        return visits.stream().map(Visit::userAgent).toList();
    }
}
