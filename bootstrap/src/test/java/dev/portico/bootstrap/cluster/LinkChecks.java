package dev.portico.bootstrap.cluster;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Short links across the cluster: checks 2, 3 and 5. */
final class LinkChecks {

    private static final Duration WITHIN = Duration.ofSeconds(1);
    private static final Duration EVERY = Duration.ofMillis(50);
    private static final int PROXY_FOLLOWS = 6;
    private static final int MAX_VISITS = 50;
    private static final int FOLLOWS = 200;
    private static final int THREADS_PER_INSTANCE = 8;

    private final Api api;
    private final Users users;
    private final Options options;

    LinkChecks(Api api, Users users, Options options) {
        this.api = api;
        this.users = users;
        this.options = options;
    }

    /** 2. A link shortened through the proxy redirects from both instances and through the proxy. */
    String redirectsFromBoth() throws Exception {
        Session user = users.create(options.proxy(), "links");
        String url = url("both");
        Reply created = shorten(options.proxy(), user, Map.of("url", url), "POST /shorten through the proxy");
        String code = created.text("code");
        String location = created.header("Location").orElse("");
        CheckFailed.unless(location.endsWith("/api/v1/links/" + code), "POST /shorten gave Location '" + location + "'");
        String shortUrl = created.text("short_url");
        CheckFailed.unless(shortUrl.equals(options.proxy() + "/s/" + code), "short_url is '" + shortUrl
                + "', not on the proxy's base URL " + options.proxy());
        for (URI instance : List.of(options.a1(), options.a2())) {
            Reply redirect = follow(instance, code);
            CheckFailed.unless(redirect.redirectsTo(url), "GET /s/" + code + " on " + instance + " answered "
                    + redirect.excerpt() + ", Location " + redirect.header("Location").orElse("none"));
        }
        List<String> upstreams = new ArrayList<>();
        for (int i = 1; i <= PROXY_FOLLOWS; i++) {
            Reply redirect = follow(options.proxy(), code);
            CheckFailed.unless(redirect.redirectsTo(url), "GET /s/" + code + " through the proxy (try " + i
                    + ") answered " + redirect.excerpt());
            redirect.upstream().ifPresent(upstreams::add);
        }
        return "code " + code + ": 302 to its URL on A1, on A2 and " + PROXY_FOLLOWS + "/" + PROXY_FOLLOWS
                + " through the proxy" + Upstreams.servedBy(upstreams, 2);
    }

    /** 3a. An edit through A1 reaches A2's redirect within 1 s, though A2 had the old target cached. */
    String editSeenOnOther() throws Exception {
        Session user = users.create(options.proxy(), "edit");
        String before = url("edit-before");
        String after = url("edit-after");
        String code = shorten(options.proxy(), user, Map.of("url", before), "POST /shorten").text("code");
        for (URI instance : List.of(options.a2(), options.a1())) {
            Reply cached = follow(instance, code);
            CheckFailed.unless(cached.redirectsTo(before), "before the edit, " + instance + " answered " + cached.excerpt());
        }
        Reply edited = api.patch(options.a1(), "/api/v1/links/" + code, Map.of("url", after), user.bearer())
                .expect(200, "PATCH on A1");
        CheckFailed.unless(after.equals(edited.text("url")), "PATCH on A1 answered " + edited.excerpt());
        Poll.Outcome seen = Poll.until(WITHIN, EVERY, () -> follow(options.a2(), code), reply -> reply.redirectsTo(after));
        CheckFailed.unless(seen.reached(), "A2 still answered " + seen.last().excerpt() + " Location "
                + seen.last().header("Location").orElse("none") + " after " + seen.elapsedMillis() + " ms");
        return "A2 redirected to the new target after " + seen.elapsedMillis() + " ms (" + seen.attempts() + " tries)";
    }

    /** 3b. A delete through A2 makes A1 answer 404 within 1 s, though A1 had the link cached. */
    String deleteSeenOnOther() throws Exception {
        Session user = users.create(options.proxy(), "delete");
        String url = url("delete");
        String code = shorten(options.proxy(), user, Map.of("url", url), "POST /shorten").text("code");
        Reply cached = follow(options.a1(), code);
        CheckFailed.unless(cached.redirectsTo(url), "before the delete, A1 answered " + cached.excerpt());
        api.delete(options.a2(), "/api/v1/links/" + code, user.bearer()).expect(204, "DELETE on A2");
        Poll.Outcome seen = Poll.until(WITHIN, EVERY, () -> follow(options.a1(), code), reply -> reply.status() == 404);
        CheckFailed.unless(seen.reached(), "A1 still answered " + seen.last().excerpt() + " Location "
                + seen.last().header("Location").orElse("none") + " after "
                + seen.elapsedMillis() + " ms");
        seen.last().expectError(404, "NOT_FOUND", "GET /s/" + code + " on A1 after the delete");
        return "A1 answered 404 NOT_FOUND after " + seen.elapsedMillis() + " ms (" + seen.attempts() + " tries)";
    }

    /** 3c. A code A2 has just answered 404 for, once created through A1, redirects on A2 at the first try. */
    String createdCodeSeenAtOnce() throws Exception {
        Session user = users.create(options.proxy(), "unknown");
        String code = "u" + users.run() + Users.random(8);
        String url = url("created-elsewhere");
        follow(options.a2(), code).expectError(404, "NOT_FOUND", "GET /s/" + code + " on A2 before it exists");
        follow(options.a2(), code).expectError(404, "NOT_FOUND", "GET /s/" + code + " on A2 again");
        shorten(options.a1(), user, Map.of("url", url, "custom_code", code), "POST /shorten on A1");
        Reply first = follow(options.a2(), code);
        CheckFailed.unless(first.redirectsTo(url), "A2's first answer after the creation was " + first.excerpt());
        return "code " + code + ": 404 twice on A2, created on A1, A2's first answer 302 to it";
    }

    /** 5. max_visits 50 is exact under 2 instances × 8 threads making 200 follows. */
    String exactMaxVisits() throws Exception {
        Session user = users.create(options.proxy(), "visits");
        String url = url("max-visits");
        String code = shorten(options.proxy(), user, Map.of("url", url, "max_visits", MAX_VISITS), "POST /shorten")
                .text("code");
        AtomicInteger left = new AtomicInteger(FOLLOWS);
        Map<String, AtomicInteger[]> counts = new TreeMap<>();
        AtomicReference<String> odd = new AtomicReference<>();
        ExecutorService threads = Executors.newFixedThreadPool(2 * THREADS_PER_INSTANCE);
        List<Future<?>> running = new ArrayList<>();
        try {
            for (Map.Entry<String, URI> instance : Map.of("A1", options.a1(), "A2", options.a2()).entrySet()) {
                AtomicInteger[] tally = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};
                counts.put(instance.getKey(), tally);
                for (int t = 0; t < THREADS_PER_INSTANCE; t++) {
                    running.add(threads.submit(() -> followUntilDone(instance.getValue(), code, url, left, tally, odd)));
                }
            }
            for (Future<?> thread : running) {
                thread.get();
            }
        } finally {
            threads.shutdownNow();
        }
        int redirects = 0;
        int gone = 0;
        int other = 0;
        StringBuilder perInstance = new StringBuilder();
        for (Map.Entry<String, AtomicInteger[]> entry : counts.entrySet()) {
            AtomicInteger[] tally = entry.getValue();
            redirects += tally[0].get();
            gone += tally[1].get();
            other += tally[2].get();
            perInstance.append(perInstance.isEmpty() ? "" : ", ").append(entry.getKey()).append(" ")
                    .append(tally[0].get()).append("×302 ").append(tally[1].get()).append("×410");
        }
        String measured = redirects + "×302, " + gone + "×410 GONE, " + other + " other (" + perInstance + ")";
        CheckFailed.unless(other == 0, measured + "; first other answer: " + odd.get());
        CheckFailed.unless(redirects == MAX_VISITS && gone == FOLLOWS - MAX_VISITS,
                measured + "; expected exactly " + MAX_VISITS + "×302 and " + (FOLLOWS - MAX_VISITS) + "×410");
        return measured;
    }

    private void followUntilDone(URI instance, String code, String url, AtomicInteger left, AtomicInteger[] tally,
            AtomicReference<String> odd) {
        while (left.getAndDecrement() > 0) {
            try {
                Reply reply = follow(instance, code);
                if (reply.redirectsTo(url)) {
                    tally[0].incrementAndGet();
                } else if (reply.status() == 410 && "GONE".equals(reply.errorCode())) {
                    tally[1].incrementAndGet();
                } else {
                    tally[2].incrementAndGet();
                    odd.compareAndSet(null, instance + " " + reply.excerpt());
                }
            } catch (Exception failed) {
                tally[2].incrementAndGet();
                odd.compareAndSet(null, instance + " " + Report.describe(failed));
                if (failed instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private Reply follow(URI base, String code) throws Exception {
        return api.get(base, "/s/" + code);
    }

    private Reply shorten(URI base, Session user, Map<String, ?> body, String what) throws Exception {
        Reply created = api.post(base, "/api/v1/shorten", body, user.bearer()).expect(201, what);
        CheckFailed.unless(!created.text("code").isEmpty(), what + " answered " + created.excerpt());
        return created;
    }

    private String url(String what) {
        return "https://example.com/cluster/" + users.run() + "/" + what;
    }
}
