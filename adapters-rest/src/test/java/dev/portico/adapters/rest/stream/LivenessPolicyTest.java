package dev.portico.adapters.rest.stream;

import static dev.portico.adapters.rest.stream.LivenessPolicy.Action.ASK_FOR_FRESH_TOKEN;
import static dev.portico.adapters.rest.stream.LivenessPolicy.Action.CLOSE_TOO_SLOW;
import static dev.portico.adapters.rest.stream.LivenessPolicy.Action.DISCONNECT;
import static dev.portico.adapters.rest.stream.LivenessPolicy.Action.FORGET;
import static dev.portico.adapters.rest.stream.LivenessPolicy.Action.PING;
import static dev.portico.adapters.rest.stream.LivenessPolicy.Action.REFUSE_EXPIRED;
import static dev.portico.adapters.rest.stream.LivenessPolicy.Action.REFUSE_UNAUTHENTICATED;
import static dev.portico.adapters.rest.stream.LivenessPolicy.Action.WARN_LAG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.adapters.rest.stream.LivenessPolicy.Action;
import dev.portico.adapters.rest.stream.LivenessPolicy.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sweep's decisions, table by table, with the contract's settings (ping 30 s, auth 5 s, grace 30 s,
 * lag warning 2 s, lag close 10 s). Times are seconds after the connection opened; nothing sleeps.
 */
class LivenessPolicyTest {

    private static final long OPENED = 1_000_000_000_000L;
    private static final Instant WALL = Instant.parse("2026-01-05T15:00:00Z");
    private static final long NONE = -1;

    private final LivenessPolicy policy = new LivenessPolicy(StreamSettings.defaults());

    private static long at(double seconds) {
        return OPENED + (long) (seconds * 1_000_000_000L);
    }

    private static Instant wallAt(double seconds) {
        return WALL.plusNanos((long) (seconds * 1_000_000_000L));
    }

    private static Liveness authenticated(double tokenLeftSeconds) {
        return Liveness.openedAt(OPENED).authenticatedUntil(wallAt(tokenLeftSeconds));
    }

    private Verdict decide(double seconds, Liveness state, long pendingSince, boolean open) {
        return policy.decide(at(seconds), wallAt(seconds), state, pendingSince, open);
    }

    static Stream<Arguments> beforeAuthentication() {
        return Stream.of(
                Arguments.of(0.0, List.of()),
                Arguments.of(4.9, List.of()),
                Arguments.of(5.0, List.of()),
                Arguments.of(5.1, List.of(REFUSE_UNAUTHENTICATED)),
                Arguments.of(60.0, List.of(REFUSE_UNAUTHENTICATED)));
    }

    @ParameterizedTest(name = "{0} s after opening: {1}")
    @MethodSource("beforeAuthentication")
    void anUnauthenticatedConnection_isRefusedOnlyPastTheAuthDeadline_andNeverPinged(double seconds,
            List<Action> expected) {
        assertThat(decide(seconds, Liveness.openedAt(OPENED), NONE, true).actions()).isEqualTo(expected);
    }

    static Stream<Arguments> whileClosing() {
        return Stream.of(
                Arguments.of(1.0, false, List.of(FORGET)),
                Arguments.of(1.0, true, List.of()),
                Arguments.of(5.0, true, List.of()),
                Arguments.of(5.1, true, List.of(DISCONNECT)),
                Arguments.of(9.0, false, List.of(FORGET)));
    }

    @ParameterizedTest(name = "{0} s after the close began, socket open {1}: {2}")
    @MethodSource("whileClosing")
    void aClosingConnection_isForgottenOnceClosed_orCutOffWhenThePeerNeverAnswers(double seconds, boolean open,
            List<Action> expected) {
        Liveness closing = authenticated(-100).closingAt(at(0));

        assertThat(decide(seconds, closing, at(0), open).actions()).isEqualTo(expected);
    }

    @Test
    void aHealthyConnection_isPingedEveryPingInterval_andOnlyThen() {
        Liveness state = authenticated(3_600);

        Verdict early = decide(29.9, state, NONE, true);
        Verdict due = decide(30.0, early.next(), NONE, true);
        Verdict after = decide(45.0, due.next(), NONE, true);
        Verdict again = decide(60.0, after.next(), NONE, true);

        assertThat(early.actions()).isEmpty();
        assertThat(due.actions()).containsExactly(PING);
        assertThat(after.actions()).isEmpty();
        assertThat(again.actions()).containsExactly(PING);
    }

    @Test
    void anExpiredToken_isAskedForOnce_thenRefusedPastTheGrace() {
        Liveness state = authenticated(100);

        Verdict valid = decide(99.0, state, NONE, true);
        Verdict expired = decide(100.0, valid.next(), NONE, true);
        Verdict withinGrace = decide(130.0, expired.next(), NONE, true);
        Verdict pastGrace = decide(130.1, withinGrace.next(), NONE, true);

        assertThat(valid.actions()).doesNotContain(ASK_FOR_FRESH_TOKEN);
        assertThat(expired.actions()).startsWith(ASK_FOR_FRESH_TOKEN);
        assertThat(withinGrace.actions()).doesNotContain(ASK_FOR_FRESH_TOKEN, REFUSE_EXPIRED);
        assertThat(pastGrace.actions()).containsExactly(REFUSE_EXPIRED);
    }

    @Test
    void aFreshTokenWithinTheGrace_resetsTheRequest() {
        Verdict expired = decide(100.0, authenticated(100), NONE, true);
        Liveness refreshed = expired.next().authenticatedUntil(wallAt(1_000));

        Verdict later = decide(140.0, refreshed, NONE, true);

        assertThat(later.actions()).doesNotContain(ASK_FOR_FRESH_TOKEN, REFUSE_EXPIRED);
        assertThat(later.next().expiryNoticeNanos()).isEqualTo(NONE);
    }

    static Stream<Arguments> lag() {
        return Stream.of(
                Arguments.of(1.0, List.of()),
                Arguments.of(2.0, List.of()),
                Arguments.of(2.1, List.of(WARN_LAG)),
                Arguments.of(10.0, List.of(WARN_LAG)),
                Arguments.of(10.1, List.of(CLOSE_TOO_SLOW)));
    }

    @ParameterizedTest(name = "quotes waiting {0} s: {1}")
    @MethodSource("lag")
    void quotesWaitingTooLong_warnThenClose(double waitingSeconds, List<Action> expected) {
        long now = 20;
        long pendingSince = at(now - waitingSeconds);

        assertThat(decide(now, authenticated(3_600), pendingSince, true).actions()).isEqualTo(expected);
    }

    @Test
    void theLagWarningIsGivenOnce_untilTheClientCatchesUp() {
        Liveness state = authenticated(3_600);
        long pendingSince = at(10);

        Verdict warned = decide(13, state, pendingSince, true);
        Verdict stillLagging = decide(14, warned.next(), pendingSince, true);
        Verdict caughtUp = decide(15, stillLagging.next(), NONE, true);
        Verdict laggingAgain = decide(19, caughtUp.next(), at(16), true);

        assertThat(warned.actions()).containsExactly(WARN_LAG);
        assertThat(stillLagging.actions()).isEmpty();
        assertThat(caughtUp.actions()).isEmpty();
        assertThat(laggingAgain.actions()).containsExactly(WARN_LAG);
    }

    @Test
    void severalDuties_comeInTheirOrder_askForATokenThenWarnThenPing() {
        Verdict verdict = decide(30.0, authenticated(30), at(27), true);

        assertThat(verdict.actions()).containsExactly(ASK_FOR_FRESH_TOKEN, WARN_LAG, PING);
    }

    @Test
    void aClientTooSlowWithAnExpiredToken_isAskedForOneAndClosed_butNotPinged() {
        Verdict verdict = decide(30.0, authenticated(30), at(15), true);

        assertThat(verdict.actions()).containsExactly(ASK_FOR_FRESH_TOKEN, CLOSE_TOO_SLOW);
    }

    @Test
    void theDecisionIsPure_theSameStateAndTimeGiveTheSameVerdict() {
        Liveness state = authenticated(30);

        assertThat(decide(31, state, at(28), true)).isEqualTo(decide(31, state, at(28), true));
        assertThat(state).isEqualTo(authenticated(30));
    }

    @Test
    void theCloseWaitIsFiveSeconds() {
        assertThat(LivenessPolicy.CLOSE_WAIT).isEqualTo(Duration.ofSeconds(5));
    }
}
