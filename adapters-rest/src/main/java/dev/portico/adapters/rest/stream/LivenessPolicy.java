package dev.portico.adapters.rest.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides, from the time and what is known of a connection, what its periodic sweep must do: the
 * deadline to authenticate, the token's expiry and grace, a client too slow to take its quotes, and
 * pings. A pure function: the caller reads the clocks and carries the actions out.
 */
final class LivenessPolicy {

    /** A closing connection whose peer has not closed within this long is cut off. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    /** What the sweep does, in the order given. */
    enum Action {
        /** The connection is gone: stop tracking it. */
        FORGET,
        /** The peer never finished the close: cut the connection, then stop tracking it. */
        DISCONNECT,
        /** No authentication within the deadline: close with 1008. */
        REFUSE_UNAUTHENTICATED,
        /** The token expired: ask for a fresh one within the grace. */
        ASK_FOR_FRESH_TOKEN,
        /** No fresh token within the grace: close with 1008. */
        REFUSE_EXPIRED,
        /** Quotes have waited past the lag limit: close with 1013. */
        CLOSE_TOO_SLOW,
        /** Quotes have waited past the warning: tell the client, once until it catches up. */
        WARN_LAG,
        PING
    }

    /** The actions, and the state to remember for next time. */
    record Verdict(List<Action> actions, Liveness next) {
        Verdict {
            actions = List.copyOf(actions);
        }
    }

    private final StreamSettings settings;

    LivenessPolicy(StreamSettings settings) {
        this.settings = settings;
    }

    /**
     * @param nowNanos {@code System.nanoTime} now
     * @param now the wall clock now, for the token's expiry
     * @param state what is known of the connection
     * @param pendingSinceNanos since when quotes wait for the client, {@code -1} when none wait
     * @param open whether the socket is still open
     */
    Verdict decide(long nowNanos, Instant now, Liveness state, long pendingSinceNanos, boolean open) {
        if (state.closing()) {
            if (!open) {
                return new Verdict(List.of(Action.FORGET), state);
            }
            boolean stuck = nowNanos - state.closingSinceNanos() > CLOSE_WAIT.toNanos();
            return new Verdict(stuck ? List.of(Action.DISCONNECT) : List.of(), state);
        }
        if (!state.authenticated()) {
            boolean late = nowNanos - state.openedNanos() > settings.authTimeout().toNanos();
            return new Verdict(late ? List.of(Action.REFUSE_UNAUTHENTICATED) : List.of(), state);
        }
        List<Action> actions = new ArrayList<>();
        Liveness next = state;
        if (!now.isBefore(state.expiresAt())) {
            if (state.expiryNoticeNanos() < 0) {
                next = next.askedForFreshTokenAt(nowNanos);
                actions.add(Action.ASK_FOR_FRESH_TOKEN);
            } else if (nowNanos - state.expiryNoticeNanos() > settings.expiryGrace().toNanos()) {
                return new Verdict(List.of(Action.REFUSE_EXPIRED), next);
            }
        }
        if (pendingSinceNanos >= 0) {
            long lag = nowNanos - pendingSinceNanos;
            if (lag > settings.lagClose().toNanos()) {
                actions.add(Action.CLOSE_TOO_SLOW);
                return new Verdict(actions, next);
            }
            if (lag > settings.lagWarning().toNanos() && !next.lagWarned()) {
                next = next.lagWarned(true);
                actions.add(Action.WARN_LAG);
            }
        } else {
            next = next.lagWarned(false);
        }
        if (nowNanos - next.lastPingNanos() >= settings.pingInterval().toNanos()) {
            next = next.pingedAt(nowNanos);
            actions.add(Action.PING);
        }
        return new Verdict(actions, next);
    }
}
