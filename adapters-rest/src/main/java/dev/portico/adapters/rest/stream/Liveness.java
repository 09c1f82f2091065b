package dev.portico.adapters.rest.stream;

import java.time.Instant;

/**
 * What the liveness policy remembers of one connection. Times are {@code System.nanoTime} readings,
 * {@code -1} for never; the token's expiry is wall-clock time, {@code null} until the client authenticates.
 *
 * @param openedNanos when the connection opened
 * @param closingSinceNanos when the server started closing it
 * @param expiresAt when the client's access token expires
 * @param expiryNoticeNanos when the client was asked for a fresh token
 * @param lagWarned whether the client was told it lags, since it last caught up
 * @param lastPingNanos when the server last pinged
 */
record Liveness(long openedNanos, long closingSinceNanos, Instant expiresAt, long expiryNoticeNanos,
        boolean lagWarned, long lastPingNanos) {

    static Liveness openedAt(long nowNanos) {
        return new Liveness(nowNanos, -1, null, -1, false, nowNanos);
    }

    boolean closing() {
        return closingSinceNanos >= 0;
    }

    boolean authenticated() {
        return expiresAt != null;
    }

    /** Closing from now on; closing again keeps the first time. */
    Liveness closingAt(long nowNanos) {
        return closing() ? this : new Liveness(openedNanos, nowNanos, expiresAt, expiryNoticeNanos, lagWarned,
                lastPingNanos);
    }

    /** A token (first or fresh) valid until {@code expiry}: any request for a fresh one is answered. */
    Liveness authenticatedUntil(Instant expiry) {
        return new Liveness(openedNanos, closingSinceNanos, expiry, -1, lagWarned, lastPingNanos);
    }

    Liveness askedForFreshTokenAt(long nowNanos) {
        return new Liveness(openedNanos, closingSinceNanos, expiresAt, nowNanos, lagWarned, lastPingNanos);
    }

    Liveness lagWarned(boolean warned) {
        return warned == lagWarned ? this : new Liveness(openedNanos, closingSinceNanos, expiresAt, expiryNoticeNanos, warned, lastPingNanos);
    }

    Liveness pingedAt(long nowNanos) {
        return new Liveness(openedNanos, closingSinceNanos, expiresAt, expiryNoticeNanos, lagWarned, nowNanos);
    }
}
