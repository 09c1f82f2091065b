package dev.portico.adapters.rest.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.adapters.rest.error.ErrorCode;
import dev.portico.application.auth.AccessSession;
import dev.portico.application.stream.StreamClient;
import dev.portico.application.stream.StreamConnection;
import dev.portico.application.stream.StreamQuote;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.error.TooManyRequestsException;
import dev.portico.domain.quote.Symbol;
import dev.portico.domain.user.UserId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection. Writes go out one at a time: while a write is in flight nothing more is
 * taken from the hub, so quotes pile up in the {@link StreamConnection}, where only the latest per
 * symbol is kept; when the write completes, whatever is waiting is drained and sent.
 * Public only because Jetty invokes its listener methods through method handles.
 */
public final class StreamSocket implements Session.Listener.AutoDemanding, StreamClient {

    private static final Logger LOG = LoggerFactory.getLogger(StreamSocket.class);
    private static final long CLOSE_WAIT_NANOS = 5_000_000_000L;
    static final String EXPIRED = "token expired; send {type:auth} with a fresh token within ";

    private final StreamEndpoint endpoint;
    private final StreamMessages messages;
    private final StreamSettings settings;
    private final String requestId;
    private final String headerToken;
    private final long openedNanos = System.nanoTime();

    private volatile Session session;

    // Guarded by this.
    /**
     * Replies (acks, pongs, errors) waiting behind a write in flight. A client that keeps sending but
     * stops reading fills this; past the bound it is closed rather than allowed to grow the server's memory.
     */
    private static final int MAX_OUTGOING = 1024;

    private final ArrayDeque<String> outgoing = new ArrayDeque<>();
    private boolean writing;
    private boolean quotesWaiting;
    private boolean holdQuotes;
    private long closingSinceNanos = -1;
    private StreamConnection connection;
    private UserId user;
    private Instant expiresAt;
    private long expiryNoticeNanos = -1;
    private boolean lagWarned;
    private int badInARow;
    private long lastPingNanos = System.nanoTime();

    StreamSocket(StreamEndpoint endpoint, String requestId, String headerToken) {
        this.endpoint = endpoint;
        this.messages = endpoint.messages();
        this.settings = endpoint.settings();
        this.requestId = requestId;
        this.headerToken = headerToken;
    }

    @Override
    public void onWebSocketOpen(Session opened) {
        this.session = opened;
        endpoint.opened(this);
        if (headerToken != null) {
            authenticate(headerToken);
        }
    }

    @Override
    public void onWebSocketText(String text) {
        synchronized (this) {
            holdQuotes = true;
        }
        try {
            handle(text);
        } catch (RuntimeException unexpected) {
            LOG.error("Stream message failed on connection {}", requestId, unexpected);
            bad(ErrorCode.INTERNAL_ERROR, "The message could not be handled", null);
        } finally {
            synchronized (this) {
                holdQuotes = false;
            }
            pump();
        }
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, org.eclipse.jetty.websocket.api.Callback callback) {
        callback.succeed();
        bad(ErrorCode.VALIDATION_ERROR, "Messages are JSON text, not binary", null);
        pump();
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
        synchronized (this) {
            quotesWaiting = true;
        }
        pump();
    }

    String requestId() {
        return requestId;
    }

    private void handle(String text) {
        JsonNode message;
        try {
            message = messages.json().readTree(text);
        } catch (JsonProcessingException malformed) {
            message = null;
        }
        boolean authenticated;
        synchronized (this) {
            authenticated = connection != null;
        }
        if (message == null || !message.isObject()) {
            if (!authenticated) {
                refuse("Authenticate first: send {\"type\":\"auth\",\"token\":\"<access token>\"}");
                return;
            }
            bad(ErrorCode.VALIDATION_ERROR, "A message is a JSON object with a \"type\"", null);
            return;
        }
        String type = message.path("type").isTextual() ? message.path("type").asText() : null;
        if (!authenticated) {
            if ("auth".equals(type)) {
                authenticate(message.path("token").asText(""));
            } else {
                refuse("Authenticate first: send {\"type\":\"auth\",\"token\":\"<access token>\"}");
            }
            return;
        }
        switch (type == null ? "" : type) {
            case "auth" -> authenticate(message.path("token").asText(""));
            case "subscribe" -> change(message, true);
            case "unsubscribe" -> change(message, false);
            case "ping" -> {
                good();
                enqueue(messages.pong());
            }
            default -> bad(ErrorCode.VALIDATION_ERROR,
                    "Unknown message type; expected auth, subscribe, unsubscribe or ping", "type");
        }
    }

    private void change(JsonNode message, boolean subscribe) {
        List<Symbol> symbols;
        try {
            symbols = symbols(message.get("symbols"));
        } catch (InvalidInputException invalid) {
            bad(ErrorCode.VALIDATION_ERROR, invalid.getMessage(), "symbols");
            return;
        }
        StreamConnection current;
        synchronized (this) {
            current = connection;
        }
        if (current == null) {
            return;
        }
        try {
            List<Symbol> now = subscribe ? current.subscribe(symbols) : current.unsubscribe(symbols);
            good();
            enqueue(messages.subscribed(now));
        } catch (InvalidInputException overLimit) {
            bad(ErrorCode.VALIDATION_ERROR, overLimit.getMessage(), "symbols");
        }
    }

    private static List<Symbol> symbols(JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new InvalidInputException("symbols", "\"symbols\" is a non-empty array of ticker symbols");
        }
        List<Symbol> symbols = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw new InvalidInputException("symbols", "Invalid ticker symbol");
            }
            try {
                symbols.add(Symbol.parse(item.asText()));
            } catch (InvalidInputException invalid) {
                throw new InvalidInputException("symbols", "Invalid ticker symbol: " + abbreviate(item.asText()));
            }
        }
        return symbols;
    }

    private static String abbreviate(String text) {
        String printable = text.replaceAll("[^\\x20-\\x7E]", "?");
        return printable.length() > 16 ? printable.substring(0, 16) + "..." : printable;
    }

    private void authenticate(String token) {
        Optional<AccessSession> verified = token.isBlank() ? Optional.empty() : endpoint.verify(token);
        if (verified.isEmpty()) {
            refuse("Invalid or expired access token");
            return;
        }
        AccessSession access = verified.get();
        UserId caller = access.caller().userId();
        boolean first;
        synchronized (this) {
            if (closingSinceNanos >= 0) {
                return;
            }
            first = connection == null;
        }
        if (first) {
            StreamConnection opened;
            try {
                opened = endpoint.hub().connect(caller, this);
            } catch (TooManyRequestsException full) {
                failWith(messages.error(ErrorCode.RATE_LIMITED, full.getMessage(), null, requestId),
                        StatusCode.TRY_AGAIN_LATER, "Too many stream connections");
                return;
            }
            boolean keep;
            synchronized (this) {
                keep = closingSinceNanos < 0;
                if (keep) {
                    connection = opened;
                    user = caller;
                    expiresAt = access.expiresAt();
                }
            }
            if (!keep) {
                opened.close();
                return;
            }
            good();
            enqueue(messages.welcome(requestId));
            return;
        }
        boolean sameUser;
        synchronized (this) {
            sameUser = caller.equals(user);
            if (sameUser) {
                expiresAt = access.expiresAt();
                expiryNoticeNanos = -1;
            }
        }
        if (!sameUser) {
            refuse("The token belongs to another user");
            return;
        }
        good();
        enqueue(messages.welcome(requestId));
    }

    private void refuse(String message) {
        failWith(messages.error(ErrorCode.AUTH_REQUIRED, message, null, requestId), StatusCode.POLICY_VIOLATION,
                "Authentication failed");
    }

    private void good() {
        synchronized (this) {
            badInARow = 0;
        }
    }

    private void bad(ErrorCode code, String message, String field) {
        int count;
        synchronized (this) {
            count = ++badInARow;
        }
        String error = messages.error(code, message, field, requestId);
        if (count >= settings.maxBadMessages()) {
            failWith(error, StatusCode.POLICY_VIOLATION, "Too many bad messages");
        } else {
            enqueue(error);
        }
    }

    private void enqueue(String text) {
        boolean stoppedReading;
        synchronized (this) {
            if (closingSinceNanos >= 0) {
                return;
            }
            stoppedReading = outgoing.size() >= MAX_OUTGOING;
            if (!stoppedReading) {
                outgoing.add(text);
            }
        }
        if (stoppedReading) {
            closeNow(StatusCode.TRY_AGAIN_LATER, "Client stopped reading");
            return;
        }
        pump();
    }

    /** Sends the next message if no write is in flight; quotes are drained only when nothing else waits. */
    private void pump() {
        Session open = session;
        if (open == null) {
            return;
        }
        String next;
        synchronized (this) {
            if (writing || closingSinceNanos >= 0) {
                return;
            }
            next = outgoing.poll();
            if (next == null && quotesWaiting && !holdQuotes && connection != null) {
                quotesWaiting = false;
                for (StreamQuote quote : connection.drain()) {
                    outgoing.add(messages.quote(quote));
                }
                next = outgoing.poll();
            }
            if (next == null) {
                return;
            }
            writing = true;
        }
        open.sendText(next, Callback.from(this::written, this::writeFailed));
    }

    private void written() {
        synchronized (this) {
            writing = false;
        }
        pump();
    }

    private void writeFailed(Throwable failure) {
        LOG.debug("Writing to stream connection {} failed", requestId, failure);
        synchronized (this) {
            writing = false;
        }
        closeNow(StatusCode.SERVER_ERROR, "Write failed");
    }

    /** Sends one last message, then closes; the hub forgets the connection at once. */
    private void failWith(String lastMessage, int code, String reason) {
        Session open = session;
        if (!markClosing()) {
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
        if (!markClosing()) {
            return;
        }
        release();
        if (open != null) {
            open.close(code, reason, Callback.NOOP);
        }
    }

    private boolean markClosing() {
        synchronized (this) {
            if (closingSinceNanos >= 0) {
                return false;
            }
            closingSinceNanos = System.nanoTime();
            outgoing.clear();
            return true;
        }
    }

    private void release() {
        StreamConnection held;
        synchronized (this) {
            if (closingSinceNanos < 0) {
                closingSinceNanos = System.nanoTime();
            }
            held = connection;
            connection = null;
            outgoing.clear();
        }
        if (held != null) {
            held.close();
        }
        Session open = session;
        if (open == null || !open.isOpen()) {
            endpoint.closed(this);
        }
    }

    /** Called by the endpoint's timer: deadlines, token expiry, lag and pings. */
    void sweep(long nowNanos, Instant now) {
        Session open = session;
        if (open == null) {
            return;
        }
        StreamConnection current;
        Instant expiry;
        long closing;
        synchronized (this) {
            current = connection;
            expiry = expiresAt;
            closing = closingSinceNanos;
        }
        if (closing >= 0) {
            if (!open.isOpen()) {
                endpoint.closed(this);
            } else if (nowNanos - closing > CLOSE_WAIT_NANOS) {
                open.disconnect();
                endpoint.closed(this);
            }
            return;
        }
        if (current == null) {
            if (nowNanos - openedNanos > settings.authTimeout().toNanos()) {
                refuse("No authentication within " + settings.authTimeout().toMillis() + " ms");
            }
            return;
        }
        if (!now.isBefore(expiry)) {
            boolean notify = false;
            boolean expired = false;
            synchronized (this) {
                if (expiryNoticeNanos < 0) {
                    expiryNoticeNanos = nowNanos;
                    notify = true;
                } else if (nowNanos - expiryNoticeNanos > settings.expiryGrace().toNanos()) {
                    expired = true;
                }
            }
            if (notify) {
                enqueue(messages.error(ErrorCode.AUTH_REQUIRED,
                        EXPIRED + settings.expiryGrace().toSeconds() + " s", null, requestId));
            } else if (expired) {
                refuse("The access token expired and no fresh one arrived");
                return;
            }
        }
        long since = current.pendingSinceNanos();
        if (since >= 0) {
            long lag = nowNanos - since;
            if (lag > settings.lagClose().toNanos()) {
                closeNow(StatusCode.TRY_AGAIN_LATER, "Client too slow");
                return;
            }
            boolean warn = false;
            synchronized (this) {
                if (lag > settings.lagWarning().toNanos() && !lagWarned) {
                    lagWarned = true;
                    warn = true;
                }
            }
            if (warn) {
                // Straight to the session, past the write in flight: Jetty queues it behind that write.
                open.sendText(messages.lagging(), Callback.NOOP);
            }
        } else {
            synchronized (this) {
                lagWarned = false;
            }
        }
        boolean ping;
        synchronized (this) {
            ping = nowNanos - lastPingNanos >= settings.pingInterval().toNanos();
            if (ping) {
                lastPingNanos = nowNanos;
            }
        }
        if (ping) {
            open.sendPing(ByteBuffer.allocate(0), Callback.NOOP);
        }
    }

    void shutdown() {
        closeNow(StatusCode.SHUTDOWN, "Server shutting down");
    }
}
