package dev.portico.application.auth.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.application.auth.TokenSettings;
import dev.portico.application.cluster.port.ClusterEvent;
import dev.portico.application.cluster.port.ClusterEvents;
import dev.portico.application.cluster.support.LocalClusterEvents;
import dev.portico.application.support.FakeUserStore;
import dev.portico.application.support.MutableClock;
import dev.portico.domain.user.NewUser;
import dev.portico.domain.user.PasswordHash;
import dev.portico.domain.user.Role;
import dev.portico.domain.user.UserId;
import dev.portico.domain.user.Username;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two instances over one user store and one event bus: what one refuses, the other refuses too. */
class TokensNotBeforeAcrossInstancesTest {

    private static final Instant START = Instant.parse("2026-03-02T14:30:00.250Z");

    private final MutableClock clock = new MutableClock(START);
    private final FakeUserStore users = new FakeUserStore();
    private final TokenSettings settings = TokenSettings.defaults();
    private final UserId alice = users.create(new NewUser(Username.of("alice"), Role.USER,
            new PasswordHash("hash"), START)).id();

    @Test
    void aRefusalOnOneInstance_isKnownOnTheOther_atOnce() {
        LocalClusterEvents bus = new LocalClusterEvents();
        TokensNotBefore first = new TokensNotBefore(users, clock, settings, bus);
        TokensNotBefore second = new TokensNotBefore(users, clock, settings, bus);
        Instant issuedBefore = clock.instant().minusSeconds(10);

        first.refuseTokensIssuedUntilNow(alice);

        assertThat(second.isRefused(alice, issuedBefore)).isTrue();
        assertThat(second.issueTimeFor(alice, clock.instant())).isEqualTo(first.issueTimeFor(alice, clock.instant()));
    }

    @Test
    void anInstanceThatMissedEvents_reloadsFromTheStore() {
        Deaf deaf = new Deaf();
        TokensNotBefore first = new TokensNotBefore(users, clock, settings, new LocalClusterEvents());
        TokensNotBefore second = new TokensNotBefore(users, clock, settings, deaf);
        Instant issuedBefore = clock.instant().minusSeconds(10);
        first.refuseTokensIssuedUntilNow(alice);
        assertThat(second.isRefused(alice, issuedBefore)).isFalse();

        deaf.listeners.forEach(ClusterEvents.Listener::mayHaveMissedEvents);

        assertThat(second.isRefused(alice, issuedBefore)).isTrue();
    }

    @Test
    void anOlderCutoffFromTheBus_neverLowersANewerOne() {
        LocalClusterEvents bus = new LocalClusterEvents();
        TokensNotBefore instance = new TokensNotBefore(users, clock, settings, bus);
        instance.refuseTokensIssuedUntilNow(alice);
        Instant cutoff = instance.issueTimeFor(alice, clock.instant());

        bus.publish(new ClusterEvent.TokensRefused(alice, cutoff.minusSeconds(30)));

        assertThat(instance.issueTimeFor(alice, clock.instant())).isEqualTo(cutoff);
        assertThat(instance.isRefused(alice, cutoff.minusSeconds(1))).isTrue();
    }

    /** A bus that delivers nothing, as one cut off from the others would. */
    private static final class Deaf implements ClusterEvents {
        final List<Listener> listeners = new ArrayList<>();

        @Override
        public void publish(ClusterEvent event) {
        }

        @Override
        public void subscribe(Listener listener) {
            listeners.add(listener);
        }
    }
}
