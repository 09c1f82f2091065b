package dev.portico.adapters.quotefeed.simulated;

/**
 * Where one listing's log price is on any trading day, addressed by the day's index so no history is replayed.
 * Each day opens at an anchor: the start price moved by a slow swing (smoothly interpolated between knots a
 * month apart) and a daily wobble; the session then walks to the next day's anchor plus a small overnight gap.
 */
final class PriceModel {

    private static final int TRADING_DAYS_A_YEAR = 252;
    private static final int KNOT_DAYS = 21;
    private static final double MAX_SWING = 0.08;
    private static final double GAP_SHARE = 0.3;
    private static final long SWING = 1;
    private static final long WOBBLE = 2;
    private static final long GAP = 3;
    private static final long PATH = 4;
    private static final long VOLUME = 5;

    private final long key;
    private final double logStart;
    private final double dailySigma;
    private final double secondSigma;
    private final double swing;
    private final long averageVolume;

    PriceModel(Listing listing, long seed) {
        this.key = Noise.hash(seed, listing.symbol().value().hashCode());
        this.logStart = Math.log(listing.startPrice().doubleValue());
        this.dailySigma = listing.annualVolatility() / Math.sqrt(TRADING_DAYS_A_YEAR);
        this.secondSigma = dailySigma / Math.sqrt(SessionPath.SECONDS);
        this.swing = Math.min(MAX_SWING, dailySigma * Math.sqrt(KNOT_DAYS));
        this.averageVolume = listing.averageVolume();
    }

    double open(long day) {
        return logStart + slowSwing(day) + dailySigma * Noise.signed(key, WOBBLE, day);
    }

    double close(long day) {
        return open(day + 1) + GAP_SHARE * dailySigma * Noise.signed(key, GAP, day);
    }

    SessionPath session(long day) {
        return SessionPath.between(open(day), close(day), secondSigma, Noise.hash(key, PATH, day));
    }

    /** Shares traded by {@code elapsed} seconds into the session: busier near the open and the close. */
    long volume(long day, int elapsed) {
        if (elapsed <= 0) {
            return 0;
        }
        double u = (double) elapsed / SessionPath.SECONDS;
        double cube = (2 * u - 1) * (2 * u - 1) * (2 * u - 1);
        double share = (u + (cube + 1) / 2) / 2;
        double dayFactor = 0.7 + 0.6 * Noise.unit(key, VOLUME, day);
        return Math.round(averageVolume * dayFactor * share);
    }

    private double slowSwing(long day) {
        long knot = Math.floorDiv(day, KNOT_DAYS);
        double t = (double) (day - knot * KNOT_DAYS) / KNOT_DAYS;
        double smooth = t * t * (3 - 2 * t);
        return swing * ((1 - smooth) * Noise.signed(key, SWING, knot) + smooth * Noise.signed(key, SWING, knot + 1));
    }
}
