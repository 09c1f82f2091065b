package dev.portico.bootstrap.cluster;

import java.time.Duration;

/** Asks again every interval until an answer is the wanted one or the deadline passes. */
final class Poll {

    /** The last answer, whether it was the wanted one, how long it took and how many asks. */
    record Outcome(Reply last, boolean reached, long elapsedMillis, int attempts) {}

    @FunctionalInterface
    interface Ask {
        Reply call() throws Exception;
    }

    @FunctionalInterface
    interface Wanted {
        boolean test(Reply reply);
    }

    private Poll() {}

    static Outcome until(Duration deadline, Duration interval, Ask ask, Wanted wanted) throws Exception {
        long start = System.nanoTime();
        long end = start + deadline.toNanos();
        int attempts = 0;
        while (true) {
            Reply reply = ask.call();
            attempts++;
            long now = System.nanoTime();
            if (wanted.test(reply)) {
                return new Outcome(reply, true, (now - start) / 1_000_000, attempts);
            }
            if (now >= end) {
                return new Outcome(reply, false, (now - start) / 1_000_000, attempts);
            }
            Thread.sleep(Math.max(1, Math.min(interval.toMillis(), (end - now) / 1_000_000)));
        }
    }
}
