package dev.portico.bootstrap.cluster;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * 9. kill -9 of A1 under write load through the proxy: no acknowledged link is lost and the
 * survivor keeps serving. Each writer is its own user, so the per-user shorten limit (30 a minute)
 * does not cut the load, and paces itself to stay under it.
 */
final class FailoverCheck {

    private static final int WRITERS = 8;
    private static final Duration BEFORE_KILL = Duration.ofMillis(1500);
    private static final Duration AFTER_KILL = Duration.ofSeconds(2);
    private static final Duration PACE = Duration.ofMillis(150);
    private static final Duration EXIT_WAIT = Duration.ofSeconds(5);
    private static final int PULSES = 5;

    private record Link(String code, String url, boolean afterKill) {}

    private record Attempt(String url, String key) {}

    private final Api api;
    private final Users users;
    private final Options options;
    private final Queue<Link> acknowledged = new ConcurrentLinkedQueue<>();
    private final Map<String, Integer> errors = new TreeMap<>();
    private final AtomicBoolean killed = new AtomicBoolean();
    private final AtomicBoolean stop = new AtomicBoolean();
    private int rateLimited;

    FailoverCheck(Api api, Users users, Options options) {
        this.api = api;
        this.users = users;
        this.options = options;
    }

    String killUnderWriteLoad() throws Exception {
        CheckFailed.unless(options.killPid().isPresent(), "no --kill-pid given");
        long pid = options.killPid().getAsLong();
        ProcessHandle victim = ProcessHandle.of(pid).orElseThrow(() -> new CheckFailed("no process " + pid + " to kill"));
        List<Session> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            writers.add(users.create(options.proxy(), "writer" + i));
        }
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> running = new ArrayList<>();
        long exitedAfter;
        try {
            for (int i = 0; i < WRITERS; i++) {
                Session writer = writers.get(i);
                int index = i;
                running.add(threads.submit(() -> write(writer, index)));
            }
            Thread.sleep(BEFORE_KILL.toMillis());
            exitedAfter = kill(victim);
            Thread.sleep(AFTER_KILL.toMillis());
        } finally {
            stop.set(true);
            threads.shutdown();
        }
        for (Future<?> writer : running) {
            writer.get(Api.CALL_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        }
        return verify(exitedAfter);
    }

    private long kill(ProcessHandle victim) throws Exception {
        long start = System.nanoTime();
        boolean asked = victim.destroyForcibly();
        killed.set(true);
        CheckFailed.unless(asked, "could not send SIGKILL to " + victim.pid());
        try {
            victim.onExit().get(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException alive) {
            throw new CheckFailed("process " + victim.pid() + " still alive " + EXIT_WAIT.toSeconds() + " s after SIGKILL");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void write(Session writer, int index) {
        int next = 0;
        Attempt pending = null;
        while (!stop.get()) {
            long started = System.nanoTime();
            if (pending == null) {
                pending = new Attempt("https://example.com/cluster/" + users.run() + "/failover/" + index + "-" + next++,
                        UUID.randomUUID().toString());
            }
            boolean afterKill = killed.get();
            try {
                Reply reply = api.post(options.proxy(), "/api/v1/shorten", Map.of("url", pending.url()),
                        "Authorization", "Bearer " + writer.access(), "Idempotency-Key", pending.key());
                if (reply.status() == 201 && !reply.text("code").isEmpty()) {
                    acknowledged.add(new Link(reply.text("code"), pending.url(), afterKill));
                    pending = null;
                } else if (reply.status() == 429) {
                    count(null);
                } else {
                    count(String.valueOf(reply.status()));
                }
            } catch (IOException failed) {
                count("io");
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
            long rest = PACE.toMillis() - (System.nanoTime() - started) / 1_000_000;
            if (rest > 0) {
                try {
                    Thread.sleep(rest);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Counts a refused write: {@code null} for a 429, otherwise a status or "io"; it is retried with its key. */
    private synchronized void count(String kind) {
        if (kind == null) {
            rateLimited++;
        } else {
            errors.merge(kind, 1, Integer::sum);
        }
    }

    private String verify(long exitedAfter) throws Exception {
        List<Link> links = List.copyOf(acknowledged);
        long afterKill = links.stream().filter(Link::afterKill).count();
        int lost = 0;
        String firstLost = null;
        for (Link link : links) {
            Reply redirect = api.get(options.proxy(), "/s/" + link.code());
            if (!redirect.redirectsTo(link.url())) {
                lost++;
                if (firstLost == null) {
                    firstLost = link.code() + " answered " + redirect.excerpt();
                }
            }
        }
        int pulses = 0;
        for (int i = 0; i < PULSES; i++) {
            pulses += api.get(options.proxy(), "/api/v1/pulse").status() == 200 ? 1 : 0;
        }
        int errorCount;
        String kinds;
        int limited;
        synchronized (this) {
            errorCount = errors.values().stream().mapToInt(Integer::intValue).sum();
            kinds = errors.isEmpty() ? "" : " " + errors;
            limited = rateLimited;
        }
        String measured = "acknowledged " + links.size() + " (" + afterKill + " after the kill), lost " + lost
                + ", errors during failover " + errorCount + kinds + ", rate-limited " + limited + "; pid gone "
                + exitedAfter + " ms after SIGKILL; then " + pulses + "/" + PULSES + " pulses 200 through the proxy";
        CheckFailed.unless(lost == 0, measured + "; first lost: " + firstLost);
        CheckFailed.unless(!links.isEmpty() && afterKill > 0, measured + "; no write acknowledged "
                + (links.isEmpty() ? "at all" : "after the kill"));
        CheckFailed.unless(pulses == PULSES, measured + "; the proxy stopped serving GETs");
        return measured;
    }
}
