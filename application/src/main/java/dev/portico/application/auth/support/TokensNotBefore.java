package dev.portico.application.auth.support;

import dev.portico.application.auth.TokenSettings;
import dev.portico.application.cluster.port.ClusterEvent;
import dev.portico.application.cluster.port.ClusterEvents;
import dev.portico.application.user.port.UserStore;
import dev.portico.domain.error.StoreUnavailable;
import dev.portico.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-user "not before" times for access tokens, kept in memory so checking a token costs no
 * database query. Only recent entries matter: an access token issued before
 * {@code now - accessTtl - skew} has expired anyway, so older entries are dropped. The store is
 * written first, so a restart loads the same state. Every change is published on the cluster's
 * events, so each instance refuses the same tokens; an instance that may have missed events reloads
 * from the store.
 *
 * <p>Token times are whole seconds, so a "not before" is rounded up to the next whole second: every
 * token issued until the call is refused, and tokens issued after it are given that second as their
 * issue time, so they are accepted.
 */
public final class TokensNotBefore implements ClusterEvents.Listener {

    private final UserStore users;
    private final Clock clock;
    private final Duration horizon;
    private final ClusterEvents events;
    private final Map<UserId, Instant> notBefore = new ConcurrentHashMap<>();

    public TokensNotBefore(UserStore users, Clock clock, TokenSettings settings, ClusterEvents events) {
        this.users = users;
        this.clock = clock;
        this.horizon = settings.accessTtl().plus(settings.clockSkew());
        this.events = events;
        events.subscribe(this);
        reload();
    }

    private void reload() {
        users.tokensNotBeforeLaterThan(clock.instant().minus(horizon)).forEach(this::raise);
    }

    private void raise(UserId user, Instant cutoff) {
        notBefore.merge(user, cutoff, (known, given) -> given.isAfter(known) ? given : known);
    }

    @Override
    public void on(ClusterEvent event) {
        if (event instanceof ClusterEvent.TokensRefused refused) {
            raise(refused.user(), refused.notBefore());
        }
    }

    /** Loads the cutoffs that still matter from the store; also what a cluster runs now and then. */
    @Override
    public void mayHaveMissedEvents() {
        reload();
    }

    /** Refuses every access token of the user issued up to now. */
    public void refuseTokensIssuedUntilNow(UserId userId) {
        Instant now = clock.instant();
        Instant cutoff = notBefore.compute(userId, (user, previous) -> {
            Instant next = now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
            // Tokens minted since the previous call carry its cutoff as their issue time; move past it.
            Instant chosen = previous != null && !previous.isBefore(next) ? previous.plusSeconds(1) : next;
            users.setTokensNotBefore(user, chosen);
            return chosen;
        });
        try {
            events.publish(new ClusterEvent.TokensRefused(userId, cutoff));
        } catch (StoreUnavailable unreachable) {
            // Stored already: the other instances load it when their bus returns, or at their next reload.
        }
        Instant oldest = now.minus(horizon);
        notBefore.values().removeIf(instant -> instant.isBefore(oldest));
    }

    public boolean isRefused(UserId userId, Instant issuedAt) {
        Instant cutoff = notBefore.get(userId);
        return cutoff != null && issuedAt.isBefore(cutoff);
    }

    /** The issue time for a token minted now: the current second, or the user's cutoff if that is later. */
    public Instant issueTimeFor(UserId userId, Instant now) {
        Instant second = now.truncatedTo(ChronoUnit.SECONDS);
        Instant cutoff = notBefore.get(userId);
        return cutoff != null && cutoff.isAfter(second) ? cutoff : second;
    }
}
