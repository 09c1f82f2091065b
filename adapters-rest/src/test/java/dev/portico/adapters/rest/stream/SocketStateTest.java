package dev.portico.adapters.rest.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.application.stream.StreamConnection;
import dev.portico.application.stream.StreamHub;
import dev.portico.application.stream.StreamLimits;
import dev.portico.application.stream.StreamQuote;
import dev.portico.application.stream.port.QuoteStream;
import dev.portico.domain.quote.Symbol;
import dev.portico.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The socket's shared state: closing happens once and stops the outbox in the same step. */
class SocketStateTest {

    private static final Instant EXPIRY = Instant.parse("2026-03-04T17:15:00Z");

    private final List<String> sent = new ArrayList<>();
    private final Outbox outbox = new Outbox(8, sent::add);
    private final SocketState state = new SocketState(0, outbox);
    // Nothing is subscribed, so the hub never asks its stream or its feed.
    private final StreamHub hub = new StreamHub(new NoQuotes(), null, new StreamLimits(5, 5, 5));
    private final UserId alice = new UserId(1);

    @Test
    void theAuthenticationDeadline_runsFromTheOpen_notFromTheUpgrade() {
        StreamSettings settings = StreamSettings.defaults();
        LivenessPolicy policy = new LivenessPolicy(settings);
        long upgradedAt = 0;
        long openedAt = upgradedAt + settings.authTimeout().toNanos() * 2;
        SocketState late = new SocketState(upgradedAt, outbox);

        late.opened(openedAt);

        assertThat(late.sweep(policy, openedAt + 1, EXPIRY.minusSeconds(60), -1, true).actions())
                .as("a socket that opened a moment ago is not late").isEmpty();
        assertThat(late.sweep(policy, openedAt + settings.authTimeout().toNanos() + 1, EXPIRY.minusSeconds(60), -1, true)
                .actions()).containsExactly(LivenessPolicy.Action.REFUSE_UNAUTHENTICATED);
    }

    @Test
    void anAuthenticatedSocket_keepsItsStateWhenToldItOpened() {
        SocketState authenticated = new SocketState(0, outbox);
        StreamConnection connection = hub.connect(alice, () -> { });
        assertThat(authenticated.attach(connection, alice, EXPIRY)).isTrue();

        authenticated.opened(1_000);

        assertThat(authenticated.connection()).isSameAs(connection);
        assertThat(authenticated.renew(alice, EXPIRY.plusSeconds(60))).isTrue();
    }

    @Test
    void theFirstToBeginTheClose_isTold_andTheOutboxTakesNothingMore() {
        assertThat(state.beginClose(10)).isTrue();
        assertThat(state.beginClose(11)).isFalse();

        assertThat(state.closing()).isTrue();
        assertThat(outbox.offer("late")).isEqualTo(Outbox.Offer.CLOSED);
        assertThat(sent).isEmpty();
    }

    @Test
    void aConnectionOpenedWhileClosing_isNotKept() {
        StreamConnection opened = hub.connect(alice, () -> { });
        state.beginClose(10);

        assertThat(state.attach(opened, alice, EXPIRY)).isFalse();
        assertThat(state.connection()).isNull();
    }

    @Test
    void releaseHandsBackTheConnectionOnce() {
        StreamConnection opened = hub.connect(alice, () -> { });
        state.attach(opened, alice, EXPIRY);

        assertThat(state.release(10)).isSameAs(opened);
        assertThat(state.release(11)).isNull();
        assertThat(state.closing()).isTrue();
    }

    @Test
    void aFreshToken_isTakenOnlyFromTheSameUser() {
        state.attach(hub.connect(alice, () -> { }), alice, EXPIRY);

        assertThat(state.renew(new UserId(2), EXPIRY.plusSeconds(900))).isFalse();
        assertThat(state.renew(alice, EXPIRY.plusSeconds(900))).isTrue();
    }

    @Test
    void badMessagesAreCountedInARow_untilAGoodOne() {
        state.bad();
        state.bad();
        state.good();

        assertThat(state.bad()).isEqualTo(1);
    }

    private static final class NoQuotes implements QuoteStream {
        @Override
        public Subscription subscribe(Symbol symbol, Consumer<StreamQuote> onUpdate) {
            return () -> { };
        }

        @Override
        public Optional<StreamQuote> last(Symbol symbol) {
            return Optional.empty();
        }
    }
}
