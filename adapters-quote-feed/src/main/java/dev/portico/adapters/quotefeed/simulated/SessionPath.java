package dev.portico.adapters.quotefeed.simulated;

import java.util.SplittableRandom;

/**
 * One symbol's trades through one session, a tick at a time: the mid walks a Brownian bridge from the
 * open to the close, and at each tick a trade prints at the bid or the ask with the listing's chance of
 * trading. The first tick always trades, and the last prints the closing mid. Only the state at the start
 * of each block of ticks is kept; ticks inside a block are replayed from that block's own random stream,
 * so any tick costs at most one block of steps.
 */
final class SessionPath {

    static final int BLOCK = 256;

    private final int ticks;
    private final double close;
    private final double sigma;
    private final double tradeChance;
    private final long seed;
    private final double[] midAt;
    private final double[] centsAt;
    private final long[] priceAt;
    private final long[] highAt;
    private final long[] lowAt;

    private SessionPath(double open, double close, double sigma, int ticks, double tradeChance, long seed) {
        this.ticks = ticks;
        this.close = close;
        this.sigma = sigma;
        this.tradeChance = tradeChance;
        this.seed = seed;
        int blocks = ticks / BLOCK + 1;
        this.midAt = new double[blocks];
        this.centsAt = new double[blocks];
        this.priceAt = new long[blocks];
        this.highAt = new long[blocks];
        this.lowAt = new long[blocks];
        double openCents = Math.exp(open) * 100;
        Walk walk = new Walk(open, openCents, Cents.trade(openCents, (Noise.hash(seed, -1) & 1) == 0));
        keep(0, walk);
        SplittableRandom random = null;
        for (int tick = 1; tick <= ticks; tick++) {
            if ((tick - 1) % BLOCK == 0) {
                random = random((tick - 1) / BLOCK);
            }
            step(walk, tick, random);
            if (tick % BLOCK == 0) {
                keep(tick / BLOCK, walk);
            }
        }
    }

    /**
     * A session of {@code ticks} steps from {@code open} to {@code close} (log prices), with {@code sigma}
     * the standard deviation of one step and {@code tradeChance} the chance that a tick trades.
     */
    static SessionPath between(double open, double close, double sigma, int ticks, double tradeChance, long seed) {
        if (ticks < 1 || tradeChance <= 0 || tradeChance > 1) {
            throw new IllegalArgumentException("A session has ticks and a chance of trading in (0, 1]");
        }
        return new SessionPath(open, close, sigma, ticks, tradeChance, seed);
    }

    int ticks() {
        return ticks;
    }

    long openingPrice() {
        return priceAt[0];
    }

    /** The session {@code elapsed} ticks after the open, 0 to {@link #ticks()}. */
    Tick at(int elapsed) {
        if (elapsed < 0 || elapsed > ticks) {
            throw new IllegalArgumentException("Ticks into the session: " + elapsed);
        }
        int block = elapsed / BLOCK;
        Walk walk = new Walk(midAt[block], centsAt[block], priceAt[block], highAt[block], lowAt[block]);
        if (elapsed % BLOCK != 0) {
            SplittableRandom random = random(block);
            for (int tick = block * BLOCK + 1; tick <= elapsed; tick++) {
                step(walk, tick, random);
            }
        }
        return new Tick(walk.price, walk.high, walk.low);
    }

    private void step(Walk walk, int tick, SplittableRandom random) {
        double z = random.nextGaussian();
        long bits = random.nextLong();
        double remaining = ticks - tick + 1;
        double move = (close - walk.mid) / remaining + sigma * Math.sqrt((remaining - 1) / remaining) * z;
        walk.mid += move;
        walk.cents *= 1 + move * (1 + move * (0.5 + move / 6));
        if (tick == ticks) {
            walk.trade(Cents.mid(close));
        } else if ((bits >>> 11) * 0x1.0p-53 < tradeChance) {
            walk.trade(Cents.trade(walk.cents, (bits & 1) == 0));
        }
    }

    private void keep(int block, Walk walk) {
        midAt[block] = walk.mid;
        centsAt[block] = walk.cents;
        priceAt[block] = walk.price;
        highAt[block] = walk.high;
        lowAt[block] = walk.low;
    }

    private SplittableRandom random(int block) {
        return new SplittableRandom(Noise.hash(seed, block));
    }

    /**
     * Where the walk is: the mid as a log price and in cents (moved by the series of exp of each step, so no
     * tick pays for an exp), the last trade and the extremes in cents.
     */
    private static final class Walk {
        private double mid;
        private double cents;
        private long price;
        private long high;
        private long low;

        Walk(double mid, double cents, long price) {
            this(mid, cents, price, price, price);
        }

        Walk(double mid, double cents, long price, long high, long low) {
            this.mid = mid;
            this.cents = cents;
            this.price = price;
            this.high = high;
            this.low = low;
        }

        void trade(long cents) {
            price = cents;
            high = Math.max(high, cents);
            low = Math.min(low, cents);
        }
    }
}
