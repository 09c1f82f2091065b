package dev.portico.adapters.rest.stream;

import dev.portico.adapters.rest.error.ErrorCode;
import dev.portico.adapters.rest.error.ErrorWording;
import dev.portico.adapters.rest.stream.ClientCommand.Authenticate;
import dev.portico.adapters.rest.stream.ClientCommand.Invalid;
import dev.portico.adapters.rest.stream.ClientCommand.Ping;
import dev.portico.adapters.rest.stream.ClientCommand.Subscribe;
import dev.portico.adapters.rest.stream.ClientCommand.Unsubscribe;
import dev.portico.adapters.rest.stream.LivenessPolicy.Action;
import dev.portico.application.auth.AccessSession;
import dev.portico.application.stream.StreamConnection;
import dev.portico.application.stream.port.StreamClient;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.error.StoreUnavailable;
import dev.portico.domain.error.StreamLimitReached;
import dev.portico.domain.quote.Symbol;
import dev.portico.domain.user.UserId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection, the Jetty glue: it hands client messages to the {@link ClientCommandParser},
 * what it sends to the {@link Outbox}, its sweep to the {@link LivenessPolicy}, and carries out what
 * they decide on the session and the hub. It holds no lock of its own: what several threads change
 * is in {@link SocketState}. It runs past 250 lines because the Jetty callbacks, the handling of each
 * command and the steps of a close, each short, are together the order the parts must act in; split
 * further, that order would be scattered. Public only because Jetty invokes its listener methods
 * through method handles.
 */
public final class StreamSocket implements Session.Listener.AutoDemanding, StreamClient {

    private static final Logger LOG = LoggerFactory.getLogger(StreamSocket.class);
    static final String EXPIRED = "token expired; send {type:auth} with a fresh token within ";
    static final String AUTHENTICATE_FIRST = "Authenticate first: send {\"type\":\"auth\",\"token\":\"<access token>\"}";

    /**
     * Replies (acks, pongs, errors) waiting behind a write in flight. A client that keeps sending but
     * stops reading fills this; past the bound it is closed rather than allowed to grow the server's memory.
     */
    private static final int MAX_OUTGOING = 1024;

    private final StreamEndpoint endpoint;
    private final StreamMessages messages;
    private final ClientCommandParser parser;
    private final LivenessPolicy policy;
    private final StreamSettings settings;
    private final String requestId;
    private final String headerToken;
    private final Outbox outbox;
    private final SocketState state;

    private volatile Session session;

    StreamSocket(StreamEndpoint endpoint, String requestId, String headerToken) {
        this.endpoint = endpoint;
        this.messages = endpoint.messages();
        this.parser = endpoint.parser();
        this.settings = endpoint.settings();
        this.policy = new LivenessPolicy(settings);
        this.requestId = requestId;
        this.headerToken = headerToken;
        this.outbox = new Outbox(MAX_OUTGOING, this::send);
        this.state = new SocketState(System.nanoTime(), outbox);
    }

    @Override
    public void onWebSocketOpen(Session opened) {
        this.session = opened;
        state.opened(System.nanoTime());
        endpoint.opened(this);
        if (headerToken != null) {
            authenticate(headerToken);
        }
    }

    @Override
    public void onWebSocketText(String text) {
        outbox.hold();
        try {
            handle(parser.parse(text));
        } catch (RuntimeException unexpected) {
            LOG.error("Stream message failed on connection {}", requestId, unexpected);
            bad(ErrorCode.INTERNAL_ERROR, "The message could not be handled", null);
        } finally {
            outbox.release();
        }
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        callback.succeed();
        bad(ErrorCode.VALIDATION_ERROR, "Messages are JSON text, not binary", null);
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        release();
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        LOG.debug("Stream connection {} failed", requestId, cause);
        release();
    }

    @Override
    public void quotesPending() {
        outbox.quotesPending();
    }

    String requestId() {
        return requestId;
    }

    private void handle(ClientCommand command) {
        StreamConnection current = state.connection();
        if (current == null && !(command instanceof Authenticate)) {
            refuse(AUTHENTICATE_FIRST);
        } else if (command instanceof Authenticate auth) {
            authenticate(auth.token());
        } else if (command instanceof Subscribe subscribe) {
            change(current, subscribe.symbols(), true);
        } else if (command instanceof Unsubscribe unsubscribe) {
            change(current, unsubscribe.symbols(), false);
        } else if (command instanceof Ping) {
            good(messages.pong());
        } else if (command instanceof Invalid invalid) {
            bad(ErrorCode.VALIDATION_ERROR, invalid.message(), invalid.field());
        }
    }

    private void change(StreamConnection current, List<Symbol> symbols, boolean subscribe) {
        try {
            good(messages.subscribed(subscribe ? current.subscribe(symbols) : current.unsubscribe(symbols)));
        } catch (InvalidInputException overLimit) {
            bad(ErrorCode.VALIDATION_ERROR, overLimit.getMessage(), "symbols");
        }
    }

    private void authenticate(String token) {
        Optional<AccessSession> verified = token.isBlank() ? Optional.empty() : endpoint.verify(token);
        if (verified.isEmpty()) {
            refuse("Invalid or expired access token");
            return;
        }
        UserId caller = verified.get().caller().userId();
        Instant expiresAt = verified.get().expiresAt();
        if (state.closing()) {
            return;
        }
        if (state.connection() == null) {
            connect(caller, expiresAt);
        } else if (state.renew(caller, expiresAt)) {
            good(messages.welcome(requestId));
        } else {
            refuse("The token belongs to another user");
        }
    }

    private void connect(UserId caller, Instant expiresAt) {
        StreamConnection opened;
        try {
            opened = endpoint.hub().connect(caller, this);
        } catch (StreamLimitReached full) {
            failWith(messages.error(ErrorCode.RATE_LIMITED, ErrorWording.messageFor(full), null, requestId),
                    StatusCode.TRY_AGAIN_LATER, "Too many stream connections");
            return;
        } catch (StoreUnavailable down) {
            failWith(messages.error(ErrorCode.UPSTREAM_UNAVAILABLE, ErrorWording.messageFor(down), null, requestId),
                    StatusCode.TRY_AGAIN_LATER, "Stream seats cannot be counted right now");
            return;
        }
        if (!state.attach(opened, caller, expiresAt)) {
            opened.close();
            return;
        }
        outbox.drainFrom(() -> opened.drain().stream().map(messages::quote).toList());
        good(messages.welcome(requestId));
    }

    private void refuse(String message) {
        failWith(messages.error(ErrorCode.AUTH_REQUIRED, message, null, requestId), StatusCode.POLICY_VIOLATION,
                "Authentication failed");
    }

    /** A good message ends a run of bad ones; its reply is queued. */
    private void good(String reply) {
        state.good();
        enqueue(reply);
    }

    private void bad(ErrorCode code, String message, String field) {
        String error = messages.error(code, message, field, requestId);
        if (state.bad() >= settings.maxBadMessages()) {
            failWith(error, StatusCode.POLICY_VIOLATION, "Too many bad messages");
        } else {
            enqueue(error);
        }
    }

    private void enqueue(String text) {
        if (outbox.offer(text) == Outbox.Offer.FULL) {
            closeNow(StatusCode.TRY_AGAIN_LATER, "Client stopped reading");
        }
    }

    /** The outbox's sender: one write at a time, reported back to the outbox. */
    private void send(String text) {
        session.sendText(text, Callback.from(outbox::written, this::writeFailed));
    }

    private void writeFailed(Throwable failure) {
        LOG.debug("Writing to stream connection {} failed", requestId, failure);
        outbox.failed();
        closeNow(StatusCode.SERVER_ERROR, "Write failed");
    }

    /** Sends one last message, straight to the session, then closes; the hub forgets the connection at once. */
    private void failWith(String lastMessage, int code, String reason) {
        Session open = session;
        if (!state.beginClose(System.nanoTime())) {
            return;
        }
        release();
        if (open != null) {
            open.sendText(lastMessage, Callback.from(() -> open.close(code, reason, Callback.NOOP),
                    failure -> open.close(code, reason, Callback.NOOP)));
        }
    }

    void closeNow(int code, String reason) {
        Session open = session;
        if (!state.beginClose(System.nanoTime())) {
            return;
        }
        release();
        if (open != null) {
            open.close(code, reason, Callback.NOOP);
        }
    }

    private void release() {
        StreamConnection held = state.release(System.nanoTime());
        if (held != null) {
            held.close();
        }
        Session open = session;
        if (open == null || !open.isOpen()) {
            endpoint.closed(this);
        }
    }

    /** Called by the endpoint's timer: asks the policy what is due, and does it. */
    void sweep(long nowNanos, Instant now) {
        Session open = session;
        if (open == null) {
            return;
        }
        StreamConnection current = state.connection();
        long pendingSince = current != null ? current.pendingSinceNanos() : -1;
        for (Action action : state.sweep(policy, nowNanos, now, pendingSince, open.isOpen()).actions()) {
            carryOut(action, open);
        }
    }

    private void carryOut(Action action, Session open) {
        switch (action) {
            case FORGET -> endpoint.closed(this);
            case DISCONNECT -> {
                open.disconnect();
                endpoint.closed(this);
            }
            case REFUSE_UNAUTHENTICATED -> refuse("No authentication within " + settings.authTimeout().toMillis() + " ms");
            case ASK_FOR_FRESH_TOKEN -> enqueue(messages.error(ErrorCode.AUTH_REQUIRED,
                    EXPIRED + settings.expiryGrace().toSeconds() + " s", null, requestId));
            case REFUSE_EXPIRED -> refuse("The access token expired and no fresh one arrived");
            case CLOSE_TOO_SLOW -> closeNow(StatusCode.TRY_AGAIN_LATER, "Client too slow");
            // Straight to the session, past the write in flight: Jetty queues it behind that write.
            case WARN_LAG -> open.sendText(messages.lagging(), Callback.NOOP);
            case PING -> open.sendPing(ByteBuffer.allocate(0), Callback.NOOP);
        }
    }

    void shutdown() {
        closeNow(StatusCode.SHUTDOWN, "Server shutting down");
    }
}
