package dev.portico.adapters.quotefeed.simulated;

import java.math.BigDecimal;

/** Prices in whole cents: the mid of a log price, and the side of the spread a trade prints on. */
final class Cents {

    /** Half a basis point of the price, and never less than a cent, as a liquid stock's quoted spread. */
    private static final double SPREAD_SHARE = 0.00005;

    private Cents() {
    }

    static long mid(double logPrice) {
        return Math.max(1, Math.round(Math.exp(logPrice) * 100));
    }

    /** A trade at the ask when a buyer takes it, at the bid when a seller does, around a mid in cents. */
    static long trade(double mid, boolean buyer) {
        long spread = Math.max(1, Math.round(mid * SPREAD_SHARE));
        long bid = Math.max(1, (long) Math.floor(mid - spread / 2.0));
        return buyer ? bid + spread : bid;
    }

    static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
