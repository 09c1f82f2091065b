package dev.portico.adapters.quotefeed.simulated;

import java.util.SplittableRandom;

/**
 * One symbol's log price through one session, one step a second: a Brownian bridge from the open to the
 * close. Only each minute's starting price and the extremes up to it are kept; the seconds inside a minute
 * are replayed from that minute's own random stream, so any tick costs at most a minute of steps.
 */
final class SessionPath {

    static final int SECONDS = 6 * 3600 + 30 * 60;
    private static final int MINUTE = 60;
    private static final int MINUTES = SECONDS / MINUTE;

    private final double close;
    private final double sigma;
    private final long seed;
    private final double[] minuteStart = new double[MINUTES + 1];
    private final double[] highBefore = new double[MINUTES + 1];
    private final double[] lowBefore = new double[MINUTES + 1];

    private SessionPath(double open, double close, double sigma, long seed) {
        this.close = close;
        this.sigma = sigma;
        this.seed = seed;
        double price = open;
        double high = open;
        double low = open;
        for (int minute = 0; minute < MINUTES; minute++) {
            minuteStart[minute] = price;
            highBefore[minute] = high;
            lowBefore[minute] = low;
            SplittableRandom random = random(minute);
            for (int second = minute * MINUTE + 1; second <= (minute + 1) * MINUTE; second++) {
                price = step(price, second, random);
                high = Math.max(high, price);
                low = Math.min(low, price);
            }
        }
        minuteStart[MINUTES] = price;
        highBefore[MINUTES] = high;
        lowBefore[MINUTES] = low;
    }

    /** A session from {@code open} to {@code close} (log prices) with {@code sigma} the standard deviation of a second's step. */
    static SessionPath between(double open, double close, double sigma, long seed) {
        return new SessionPath(open, close, sigma, seed);
    }

    /** The tick {@code elapsed} seconds after the open, 0 to {@link #SECONDS}. */
    Tick at(int elapsed) {
        if (elapsed < 0 || elapsed > SECONDS) {
            throw new IllegalArgumentException("Seconds into the session: " + elapsed);
        }
        int minute = elapsed / MINUTE;
        double price = minuteStart[minute];
        double high = highBefore[minute];
        double low = lowBefore[minute];
        if (elapsed % MINUTE != 0) {
            SplittableRandom random = random(minute);
            for (int second = minute * MINUTE + 1; second <= elapsed; second++) {
                price = step(price, second, random);
                high = Math.max(high, price);
                low = Math.min(low, price);
            }
        }
        return new Tick(price, high, low);
    }

    private double step(double price, int second, SplittableRandom random) {
        double z = random.nextGaussian();
        if (second == SECONDS) {
            return close;
        }
        double remaining = SECONDS - second + 1;
        return price + (close - price) / remaining + sigma * Math.sqrt((remaining - 1) / remaining) * z;
    }

    private SplittableRandom random(int minute) {
        return new SplittableRandom(Noise.hash(seed, minute));
    }
}
