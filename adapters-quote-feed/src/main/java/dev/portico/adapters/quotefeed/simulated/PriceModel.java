package dev.portico.adapters.quotefeed.simulated;

/**
 * Where one listing's log price is on any trading day, addressed by the day's number so no history is
 * replayed. Each day opens at an anchor: the start price moved by a slow swing (smoothly interpolated
 * between knots a month apart) and a daily wobble; the session then walks to the next day's anchor, plus
 * a small overnight gap where the market closes overnight.
 */
final class PriceModel {

    static final double OVERNIGHT_GAP = 0.3;
    private static final int KNOT_DAYS = 21;
    private static final double MAX_SWING = 0.08;
    private static final long LIQUID_VOLUME = 5_000_000;
    private static final double LEAST_TRADE_CHANCE = 0.02;
    private static final long SWING = 1;
    private static final long WOBBLE = 2;
    private static final long GAP = 3;
    private static final long PATH = 4;
    private static final long VOLUME = 5;

    private final long key;
    private final double logStart;
    private final double dailySigma;
    private final double swing;
    private final double gapShare;
    private final long averageVolume;
    private final double tradeChance;

    /** {@code gapShare}: the overnight gap as a share of a day's move, 0 for a market that never closes. */
    PriceModel(Listing listing, long seed, int sessionsPerYear, double gapShare) {
        this.key = Noise.hash(seed, listing.symbol().value().hashCode());
        this.logStart = Math.log(listing.startPrice().doubleValue());
        this.dailySigma = listing.annualVolatility() / Math.sqrt(sessionsPerYear);
        this.swing = Math.min(MAX_SWING, dailySigma * Math.sqrt(KNOT_DAYS));
        this.gapShare = gapShare;
        this.averageVolume = listing.averageVolume();
        this.tradeChance = Math.max(LEAST_TRADE_CHANCE, Math.min(1, (double) listing.averageVolume() / LIQUID_VOLUME));
    }

    double open(long day) {
        return logStart + slowSwing(day) + dailySigma * Noise.signed(key, WOBBLE, day);
    }

    double close(long day) {
        return open(day + 1) + gapShare * dailySigma * Noise.signed(key, GAP, day);
    }

    SessionPath session(long day, int ticks) {
        return SessionPath.between(open(day), close(day), dailySigma / Math.sqrt(ticks), ticks, tradeChance,
                Noise.hash(key, PATH, day));
    }

    /** Shares traded by {@code share} (0 to 1) of the session: busier near the open and the close. */
    long volume(long day, double share) {
        if (share <= 0) {
            return 0;
        }
        double cube = (2 * share - 1) * (2 * share - 1) * (2 * share - 1);
        double traded = (share + (cube + 1) / 2) / 2;
        double dayFactor = 0.7 + 0.6 * Noise.unit(key, VOLUME, day);
        return Math.round(averageVolume * dayFactor * traded);
    }

    private double slowSwing(long day) {
        long knot = Math.floorDiv(day, KNOT_DAYS);
        double t = (double) (day - knot * KNOT_DAYS) / KNOT_DAYS;
        double smooth = t * t * (3 - 2 * t);
        return swing * ((1 - smooth) * Noise.signed(key, SWING, knot) + smooth * Noise.signed(key, SWING, knot + 1));
    }
}
