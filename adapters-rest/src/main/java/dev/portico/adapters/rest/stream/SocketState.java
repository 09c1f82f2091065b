package dev.portico.adapters.rest.stream;

import dev.portico.adapters.rest.stream.LivenessPolicy.Verdict;
import dev.portico.application.stream.StreamConnection;
import dev.portico.domain.user.UserId;
import java.time.Instant;

/**
 * What one socket changes from several threads (Jetty's, the hub's, the sweep timer's), behind one
 * lock: the hub connection, its user, the liveness state and the bad messages in a row. Each method
 * is a few assignments and calls out only to close the outbox, so that no reply can be queued once
 * the state turns to closing; the socket sends, calls the hub and touches the session outside it.
 */
final class SocketState {

    private final Outbox outbox;
    private StreamConnection connection;
    private UserId user;
    private Liveness liveness;
    private int badInARow;

    SocketState(long openedNanos, Outbox outbox) {
        this.liveness = Liveness.openedAt(openedNanos);
        this.outbox = outbox;
    }

    /**
     * Starts the authentication deadline again when the socket actually opens: the state is made at
     * the upgrade, and under a storm of connections the open can come seconds later, when a client
     * could not yet have sent anything. Nothing changes once authenticated or closing.
     */
    synchronized void opened(long nowNanos) {
        if (!liveness.closing() && !liveness.authenticated()) {
            liveness = Liveness.openedAt(nowNanos);
        }
    }

    /** The hub connection, {@code null} before authentication and after release. */
    synchronized StreamConnection connection() {
        return connection;
    }

    synchronized boolean closing() {
        return liveness.closing();
    }

    /** Keeps the hub connection of a first authentication; false when the close began meanwhile. */
    synchronized boolean attach(StreamConnection opened, UserId caller, Instant expiresAt) {
        if (liveness.closing()) {
            return false;
        }
        connection = opened;
        user = caller;
        liveness = liveness.authenticatedUntil(expiresAt);
        return true;
    }

    /** A fresh token: renews the expiry when it is the same user's, and says whether it was. */
    synchronized boolean renew(UserId caller, Instant expiresAt) {
        if (!caller.equals(user)) {
            return false;
        }
        liveness = liveness.authenticatedUntil(expiresAt);
        return true;
    }

    synchronized void good() {
        badInARow = 0;
    }

    /** Counts one more bad message in a row, and returns the count. */
    synchronized int bad() {
        return ++badInARow;
    }

    /** Starts the close and stops the outbox; true for the caller that started it. */
    synchronized boolean beginClose(long nowNanos) {
        if (liveness.closing()) {
            return false;
        }
        liveness = liveness.closingAt(nowNanos);
        outbox.close();
        return true;
    }

    /** Closing from now on (if not yet); hands back the hub connection, if any, for the caller to close. */
    synchronized StreamConnection release(long nowNanos) {
        liveness = liveness.closingAt(nowNanos);
        outbox.close();
        StreamConnection held = connection;
        connection = null;
        return held;
    }

    /** Asks the policy what is due and remembers what it decided. */
    synchronized Verdict sweep(LivenessPolicy policy, long nowNanos, Instant now, long pendingSinceNanos,
            boolean open) {
        Verdict verdict = policy.decide(nowNanos, now, liveness, pendingSinceNanos, open);
        liveness = verdict.next();
        return verdict;
    }
}
